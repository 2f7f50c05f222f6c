import { Worker } from 'node:worker_threads';
import type { ImportPreview } from '../../../shared/exchange/xlsx/fromTables';
import { AppError, ERROR_CODES, type ErrorCode } from '../../../shared/ipc/errors';
import { IMPORT_LIMITS } from '../../../shared/model/limits';
import type { JourneyMap } from '../../../shared/model/types';
import { sendError, type SentError } from '../library/remote/libraryMessages';
import { isWorkbook, readMapBundle, readWorkbookFile } from './importMap';
import type { CarriedInsight } from '../../../shared/model/insight';
import type { NotesTable } from '../../../shared/ipc/research';
import { readNotesFile } from './readNotes';

/** What reading a file to import gives: a workbook's map and preview, or a map file's map and pictures. */
export type ImportRead =
  | { kind: 'workbook'; doc: JourneyMap; preview: ImportPreview }
  | {
      kind: 'map';
      doc: JourneyMap;
      details: JourneyMap[];
      pictures: [hash: string, base64: string][];
      insights: CarriedInsight[];
    }
  | { kind: 'notes'; table: NotesTable };

/** What a file is read for: a map to store (or a workbook to preview), or research notes to preview. */
export type ImportPurpose = 'map' | 'notes';

/** Reads a file to import, or refuses it in the interface language; stores nothing. */
export type ImportReader = (path: string, purpose?: ImportPurpose) => Promise<ImportRead>;

/** Reads in this thread: what the import thread runs, and what tests of the handlers use. */
export const readImportHere: ImportReader = async (path, purpose = 'map') => {
  if (purpose === 'notes') return { kind: 'notes', table: await readNotesFile(path) };
  if (isWorkbook(path)) return { kind: 'workbook', ...(await readWorkbookFile(path)) };
  const { doc, details, pictures, insights } = await readMapBundle(path);
  return { kind: 'map', doc, details, pictures: [...pictures], insights };
};

/** The thread's one message back: what it read, or why not. */
export type FromImport = { ok: true; read: ImportRead } | { ok: false; error: SentError };

export { sendError };

const refusal = (message: string, key: string, params: Record<string, string | number>) =>
  new AppError('INVALID_DOCUMENT', message, { key, params });

function received(error: SentError): Error {
  if (error.appCode && (ERROR_CODES as readonly string[]).includes(error.appCode))
    return new AppError(error.appCode as ErrorCode, error.message, error.i18n ?? undefined);
  return new Error(error.message);
}

/**
 * Reads each file on a thread of its own with a time limit and a heap ceiling: a file that
 * would take the app minutes, or gigabytes, to read is stopped and refused in words, and the
 * window and the library go on as if it had never been picked.
 */
export function importReaderOnThread(
  script: string | URL,
  limits: { ms: number; heapMb: number } = IMPORT_LIMITS,
): ImportReader {
  return (path, purpose = 'map') =>
    new Promise<ImportRead>((resolve, reject) => {
      const worker = new Worker(script, {
        workerData: { path, purpose },
        resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 64 },
      });
      let settled = false;
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        fn();
      };
      const timer = setTimeout(
        () =>
          settle(() => {
            void worker.terminate();
            const seconds = Math.round(limits.ms / 1000);
            reject(
              refusal(
                `Reading the file took longer than ${seconds} s, so it was stopped. Nothing was imported.`,
                'errors.importTooSlow',
                { seconds },
              ),
            );
          }),
        limits.ms,
      );
      worker.on('message', (message: FromImport) =>
        settle(() => (message.ok ? resolve(message.read) : reject(received(message.error)))),
      );
      worker.on('error', (err: Error & { code?: string }) =>
        settle(() =>
          reject(
            err.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? refusal(
                  `Reading the file needed more than ${limits.heapMb} MB of memory, so it was stopped. Nothing was imported.`,
                  'errors.importTooLarge',
                  { max: limits.heapMb },
                )
              : err,
          ),
        ),
      );
      worker.on('exit', () => settle(() => reject(new Error('The import thread ended without an answer.'))));
    });
}
