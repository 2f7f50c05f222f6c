import { describe, expect, it } from 'vitest';
import { APP_ENTRY, contentType, resolveAppPath } from '../../../electron/main/appProtocol';

const ROOT = '/opt/waymark/dist/renderer';

describe('the app:// protocol', () => {
  it('serves files inside the renderer folder', () => {
    expect(resolveAppPath(ROOT, APP_ENTRY)).toBe(`${ROOT}/index.html`);
    expect(resolveAppPath(ROOT, 'app://waymark/')).toBe(`${ROOT}/index.html`);
    expect(resolveAppPath(ROOT, 'app://waymark/assets/index-abc.js')).toBe(`${ROOT}/assets/index-abc.js`);
    expect(contentType('x/index-abc.js')).toBe('text/javascript; charset=utf-8');
  });

  it.each(['app://waymark/../../../etc/passwd', 'app://waymark/%2e%2e/%2e%2e/etc/passwd'])(
    'resolves dot segments inside the folder, never above it: %s',
    (url) => {
      expect(resolveAppPath(ROOT, url)).toBe(`${ROOT}/etc/passwd`);
    },
  );

  it.each([
    'app://waymark/assets/..%2F..%2F..%2Fetc%2Fpasswd',
    'app://waymark/assets/%5c..%5c..%5cwindows',
    'app://waymark/a%00.js',
    'app://other-host/index.html',
    'file:///etc/passwd',
    'app://waymark/%E0%A4%A',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(ROOT, url)).toBeNull();
  });
});
