import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const EXPORT_FORMATS = ['svg', 'pdf', 'png', 'json', 'csv', 'mermaid', 'ojf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXTENSIONS: Record<ExportFormat, { ext: string; name: string }> = {
  svg: { ext: 'svg', name: 'SVG image' },
  pdf: { ext: 'pdf', name: 'PDF document' },
  png: { ext: 'png', name: 'PNG image' },
  json: { ext: 'waymark', name: 'Waymark map' },
  csv: { ext: 'csv', name: 'CSV spreadsheet' },
  mermaid: { ext: 'mmd', name: 'Mermaid diagram' },
  ojf: { ext: 'ojf', name: 'OpenJourney Format' },
};

/**
 * What the file handlers need from the desktop: dialogs and the app's own resources. Electron
 * provides native dialogs; the e2e harness provides stubs. Paths only ever come from here,
 * never from the renderer.
 */
export interface FileServices {
  chooseSavePath: (suggestedName: string, format: ExportFormat) => Promise<string | null>;
  chooseImportPath: () => Promise<string | null>;
  resourcesDir: string;
}

export function readFont(resourcesDir: string, name: 'DejaVuSans.ttf' | 'DejaVuSans-Bold.ttf'): string {
  return readFileSync(join(resourcesDir, 'fonts', name)).toString('base64');
}

/** A file name from a map title: no path separators or characters Windows forbids. */
export function safeFileName(title: string, ext: string): string {
  const base = title
    .normalize('NFC')
    // Control characters are never valid in file names on any desktop.
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${base || 'map'}.${ext}`;
}
