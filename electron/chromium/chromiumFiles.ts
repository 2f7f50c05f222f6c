import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { EXPORT_FORMATS, type ExportFormatId } from '../../shared/exchange/exportFormats';
import { AppError } from '../../shared/ipc/errors';
import type { FileServices } from '../main/files/fileServices';

/** A desktop's own file dialog, run as a program: zenity (GNOME and most desktops) or kdialog (KDE). */
export type DialogTool = 'zenity' | 'kdialog';

export function findDialogTool(): DialogTool | null {
  for (const tool of ['zenity', 'kdialog'] as const)
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0) return tool;
  return null;
}

/** Runs the dialog; the chosen path, or null when the person cancelled. */
function ask(tool: DialogTool, args: string[]): Promise<string | null> {
  return new Promise((resolve) => {
    const child = spawn(tool, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', () => resolve(null));
    child.on('close', (code) => resolve(code === 0 && out.trim() ? out.trim() : null));
  });
}

/** `name` in `folder`, numbered (“Map (2).pdf”) when a file of that name is already there. */
export function freeName(folder: string, name: string): string {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  let path = join(folder, name);
  for (let n = 2; existsSync(path); n++) path = join(folder, `${stem} (${n})${ext}`);
  return path;
}

const IMPORTABLE = ['waymark', 'json', 'ojf', 'xlsx'];

/**
 * File services for Waymark in Chromium without Electron. With zenity or kdialog the desktop's
 * own dialogs ask where to save and what to import. Without either, an export is saved in
 * `~/Documents/Waymark` (the window says where, and can show it), and importing says how to open
 * a file instead: by naming it, `npm start -- plan.waymark`.
 */
export function chromiumFileServices(
  resourcesDir: string,
  tool: DialogTool | null,
  exportsDir: string = join(homedir(), 'Documents', 'Waymark'),
): FileServices {
  let lastDir = existsSync(dirname(exportsDir)) ? dirname(exportsDir) : homedir();
  return {
    resourcesDir,
    chooseSavePath: async (name: string, format: ExportFormatId) => {
      if (!tool) {
        mkdirSync(exportsDir, { recursive: true });
        return freeName(exportsDir, name);
      }
      const ext = EXPORT_FORMATS[format].extension;
      const path =
        tool === 'zenity'
          ? await ask(tool, [
              '--file-selection',
              '--save',
              '--confirm-overwrite',
              `--filename=${join(lastDir, name)}`,
              `--file-filter=*.${ext}`,
            ])
          : await ask(tool, ['--getsavefilename', join(lastDir, name), `*.${ext}`]);
      if (path) lastDir = dirname(path);
      return path;
    },
    chooseImportPath: async () => {
      if (!tool)
        throw new AppError(
          'NOT_FOUND',
          'This window runs without Electron and found no file dialog (zenity or kdialog). Open a map file by naming it: npm start -- plan.waymark',
          { key: 'errors.noFileDialog' },
        );
      const filter = IMPORTABLE.map((e) => `*.${e}`).join(' ');
      const path =
        tool === 'zenity'
          ? await ask(tool, ['--file-selection', `--filename=${lastDir}/`, `--file-filter=Journey maps | ${filter}`])
          : await ask(tool, ['--getopenfilename', lastDir, filter]);
      if (path) lastDir = dirname(path);
      return path;
    },
  };
}
