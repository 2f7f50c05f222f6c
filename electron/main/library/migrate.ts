import type { Database } from 'better-sqlite3';
import { type Migration, MIGRATIONS, LATEST_SCHEMA } from './migrations';
import { LibraryError } from './errors';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Runs each pending step and its version bump in one transaction, so a crash mid-migration
 * leaves the file at the previous version, never half-migrated.
 */
/** Refuses a library from a newer Waymark; called before anything may write to the file. */
export function checkNotNewer(current: number): void {
  if (current > LATEST_SCHEMA)
    throw new LibraryError(
      'NEWER_FORMAT',
      `This library was written by a newer version of Waymark (schema ${current}; this version reads up to ${LATEST_SCHEMA}). Update Waymark to open it; the file was not changed.`,
      { key: 'errors.newerLibrary' },
    );
}

export function migrate(db: Database, steps: readonly Migration[] = MIGRATIONS, target = LATEST_SCHEMA): number {
  const current = schemaVersion(db);
  checkNotNewer(current);
  for (const step of steps) {
    if (step.version <= current || step.version > target) continue;
    db.transaction(() => {
      step.up(db);
      db.pragma(`user_version = ${step.version}`);
    })();
  }
  return schemaVersion(db);
}
