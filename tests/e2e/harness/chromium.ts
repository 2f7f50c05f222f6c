/** Debian's Chromium; `npx playwright install` cannot download browsers on these machines. */
export function chromiumPath(): string {
  return process.env.WAYMARK_CHROMIUM ?? '/usr/bin/chromium';
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
