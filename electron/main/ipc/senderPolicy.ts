import type { SenderPolicy } from './invoker';

/**
 * Accepts only the app's own top-level document (Electron security checklist: validate the
 * sender of every IPC message). `rendererUrl` is the URL the window loads: a file:// index.html
 * or the dev server's origin.
 */
export function senderPolicyFor(rendererUrl: string): SenderPolicy {
  const expected = new URL(rendererUrl);
  return ({ url, isMainFrame }) => {
    if (!isMainFrame) return false;
    let actual: URL;
    try {
      actual = new URL(url);
    } catch {
      return false;
    }
    if (expected.protocol === 'file:') return actual.protocol === 'file:' && actual.pathname === expected.pathname;
    // Protocol and host, not `origin`: a custom scheme's origin is the string "null" for every
    // URL of every custom scheme, which would match anything.
    return actual.protocol === expected.protocol && actual.host === expected.host;
  };
}
