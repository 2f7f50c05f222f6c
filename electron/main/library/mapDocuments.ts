import type { JourneyMap } from '../../../shared/model/types';
import { MigrationError, migrateDocument } from '../../../shared/schema/migrate';
import { validateDocument } from '../../../shared/schema/validate';
import { LibraryError } from './errors';
import type { MapRow } from './rows';

/** A stored document through the same migration and validation as an imported one. */
export function parseStored(row: Pick<MapRow, 'id' | 'document'>): JourneyMap {
  let raw: unknown;
  try {
    raw = migrateDocument(JSON.parse(row.document));
  } catch (err) {
    if (err instanceof MigrationError && err.code === 'NEWER_FORMAT')
      throw new LibraryError('NEWER_FORMAT', err.message, { key: 'errors.newerFormat' });
    throw new LibraryError('CORRUPT_DOCUMENT', `The stored map "${row.id}" cannot be read: ${(err as Error).message}`, {
      key: 'errors.unreadable',
      params: { detail: (err as Error).message },
    });
  }
  const checked = validateDocument(raw);
  if (!checked.ok)
    throw new LibraryError('CORRUPT_DOCUMENT', `The stored map "${row.id}" is damaged. ${checked.message}`, {
      key: 'errors.damaged',
      params: { detail: checked.message },
    });
  return checked.doc;
}

/** A document about to be written, through the schema, or a refusal naming its first problem. */
export function validForWrite(raw: unknown, key: string): JourneyMap {
  const checked = validateDocument(raw);
  if (!checked.ok)
    throw new LibraryError('INVALID_DOCUMENT', `${checked.message} Nothing was saved.`, {
      key,
      params: { detail: checked.message },
    });
  return checked.doc;
}
