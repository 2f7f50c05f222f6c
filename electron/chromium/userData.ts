import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder Electron's `app.getPath('userData')` names for Waymark on this platform, so the
 * app in Chromium opens the same library the desktop app keeps.
 */
export function userDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Waymark');
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Waymark');
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'Waymark');
}
