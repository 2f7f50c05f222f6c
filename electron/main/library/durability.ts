import type { Database } from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../files/atomicWrite';

/**
 * How often, at most, confirmed saves wait in the write-ahead log before they are copied into
 * the library file. A `-wal` file removed after a crash (by a cleaner, a sync or backup tool)
 * loses at most this much saving; the README states the bound.
 */
export const CHECKPOINT_EVERY_MS = 10_000;

export interface WalLoss {
  /** Saved changes (map revisions, persona edits) the library no longer holds. */
  lost: number;
  /** When the newest of them was confirmed. */
  lastSavedAt: string;
}

/** The record of committed changes, beside the library file. */
export const commitsFile = (libraryFile: string) => libraryFile.replace(/\.sqlite$/, '.commits.json');

/**
 * Whether the library holds fewer committed changes than its record says: saves were lost
 * outside Waymark (a write-ahead log removed after a crash). If the app died while copying the
 * log into the file, the file itself may then be inconsistent, so it is checked in full
 * (integrity_check, indexes against tables) before it is used.
 */
export function savesLostSinceRecord(db: Database, libraryFile: string): boolean {
  const record = readRecord(commitsFile(libraryFile));
  try {
    return record !== null && record.commits > committed(db);
  } catch {
    // A library from before the count existed (no meta table yet): nothing to compare.
    return false;
  }
}

interface Recorded {
  commits: number;
  at: string;
}

/** The changes the database says it holds (kept by triggers in the same transactions). */
function committed(db: Database): number {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'commits'").get() as { value: number } | undefined;
  return row?.value ?? 0;
}

/** The record beside the library, or null when there is none or it cannot be read. */
function readRecord(sideFile: string): Recorded | null {
  try {
    const r = JSON.parse(readFileSync(sideFile, 'utf8')) as Partial<Recorded>;
    return typeof r.commits === 'number' && typeof r.at === 'string' ? { commits: r.commits, at: r.at } : null;
  } catch {
    return null;
  }
}

/**
 * Keeps the count of committed changes (kept in the database by triggers) in a small file
 * beside it. When the database holds fewer than the file says, confirmed saves were lost
 * outside Waymark: that is reported, never silently accepted.
 */
export class Durability {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private recorded: number;

  constructor(
    private readonly db: Database,
    private readonly sideFile: string,
    private readonly everyMs = CHECKPOINT_EVERY_MS,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.recorded = committed(this.db);
  }

  private record(commits: number): void {
    try {
      // Whole or not at all: a record cut by a crash would read as no record, and a loss as none.
      writeFileAtomic(this.sideFile, JSON.stringify({ commits, at: this.now().toISOString() }));
    } catch {
      // The record is a safety net; a save that reached SQLite stands without it.
    }
  }

  /** On open: what was lost since the last record, if anything; then starts a new record. */
  check(readOnly: boolean): WalLoss | null {
    const record = readRecord(this.sideFile);
    const commits = committed(this.db);
    const loss = record && record.commits > commits ? { lost: record.commits - commits, lastSavedAt: record.at } : null;
    if (!readOnly && (loss || !record)) this.record(commits);
    return loss;
  }

  /** After each request: records new commits and makes sure a checkpoint follows soon. */
  afterRequest(): void {
    const commits = committed(this.db);
    if (commits === this.recorded) return;
    this.recorded = commits;
    this.record(commits);
    this.timer ??= setTimeout(() => this.checkpoint(), this.everyMs);
    this.timer.unref?.();
  }

  checkpoint(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.db.open) this.db.pragma('wal_checkpoint(PASSIVE)');
  }

  close(): void {
    this.checkpoint();
    this.record(committed(this.db));
  }
}
