import type { Session, Shell, WebContents } from 'electron';

/**
 * Opens a link from card text in the user's browser: http(s) only, parsed first, never a
 * javascript:, file: or custom-scheme URL (Electron security checklist #14/#15).
 */
export function openExternalSafely(shell: Pick<Shell, 'openExternal'>, raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (url.username || url.password) return false;
  void shell.openExternal(url.href);
  return true;
}

/** Every permission (camera, notifications, geolocation …) is refused: Waymark needs none. */
export function denyAllPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * The window may only show the app itself: navigation elsewhere is blocked, new windows are
 * refused (http links go to the browser), and <webview> cannot be attached.
 */
export function lockDownContents(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
  isAppUrl: (url: string) => boolean,
  shell: Pick<Shell, 'openExternal'>,
): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(shell, url);
    return { action: 'deny' };
  });
}
