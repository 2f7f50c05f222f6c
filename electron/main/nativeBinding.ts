import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * In development the Electron-ABI build of better-sqlite3 lives in .native/ (node_modules keeps
 * the Node build the tests use). Packaged apps are rebuilt by electron-builder and need none.
 */
export function electronNativeBinding(appRoot: string, isPackaged: boolean): string | undefined {
  if (isPackaged) return undefined;
  const file = join(appRoot, '.native', 'electron', 'better_sqlite3.node');
  if (!existsSync(file))
    throw new Error(
      `better-sqlite3 has not been built for Electron (${file} is missing). Run \`npm run postinstall\` with network access to Electron's headers.`,
    );
  return file;
}
