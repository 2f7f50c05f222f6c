import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath } from './chromium';
import { electronAvailability } from './electronApp';

export default function globalSetup(): void {
  if (!existsSync(chromiumPath()))
    throw new Error(
      `Chromium not found at ${chromiumPath()}. Install Debian's package (apt-get install -y chromium) or set WAYMARK_CHROMIUM.`,
    );
  if (!existsSync(join('dist', 'renderer', 'index.html')))
    throw new Error('The renderer is not built: run `npm run build` before the e2e tests.');
  const electron = electronAvailability();
  if (!electron.ok) console.log(`[waymark] The Electron end-to-end spec is skipped: ${electron.reason}.`);
}
