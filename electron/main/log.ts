import { appendFileSync, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/** Past this size the log moves to `main.old.log` (one generation kept). */
const MAX_BYTES = 1024 * 1024;

export interface Logger {
  file: string;
  info: (message: string) => void;
  error: (message: string, err?: unknown) => void;
}

/**
 * A small append-only log in the user-data folder, for support: a person can send it. Written
 * synchronously so the line before a crash is on disk. (electron-log would do the same; this is
 * twenty lines and one dependency fewer in the main process.)
 */
export function createLogger(file: string, now: () => Date = () => new Date()): Logger {
  const write = (level: string, message: string) => {
    try {
      mkdirSync(dirname(file), { recursive: true });
      if (existsSync(file) && statSync(file).size > MAX_BYTES) renameSync(file, file.replace(/\.log$/, '.old.log'));
      appendFileSync(file, `${now().toISOString()} ${level} ${message}\n`);
    } catch {
      // Logging must never take the app down.
    }
  };
  return {
    file,
    info: (message) => write('INFO ', message),
    error: (message, err) =>
      write('ERROR', err === undefined ? message : `${message}: ${(err as Error)?.stack ?? String(err)}`),
  };
}
