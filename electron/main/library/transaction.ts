import type { Database } from 'better-sqlite3';

/**
 * A transaction that takes the write lock when it begins (BEGIN IMMEDIATE). A deferred
 * transaction that reads first and writes later cannot wait for another process's write lock:
 * SQLite fails it with "database is locked" at once, whatever the busy timeout. Another
 * process (a second instance, a sync or backup tool) then made saves fail; taking the lock
 * first lets the busy timeout do its work. Nested inside another transaction it is a savepoint.
 */
export function writeTransaction<T>(db: Database, fn: () => T): () => T {
  const transaction = db.transaction(fn);
  return () => transaction.immediate();
}
