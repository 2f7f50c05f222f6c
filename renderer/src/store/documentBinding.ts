import * as Y from 'yjs';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { COLLECTIONS, createMapDoc, readMap, writeMap } from '../../../shared/collab/mapBinding';
import { settleMerged } from '../../../shared/collab/settleMerged';
import type { JourneyMap } from '../../../shared/model/types';
import { ORIGINS, UNDOABLE_ORIGINS } from '../../../shared/collab/origins';

/** The undo history as the toolbar, menus and keyboard read it. */
export interface HistoryState {
  undoSteps: readonly unknown[];
  redoSteps: readonly unknown[];
  undo: () => void;
  redo: () => void;
  clear: () => void;
}

const HISTORY_LIMIT = 200;

/**
 * The one document layer for solo and shared editing. Every edit the store makes (a pure model
 * operation's result) is reconciled into a Yjs document by id; undo is a Y.UndoManager that
 * tracks this window's edits only, so in a workshop room it never takes back someone else's
 * card. Changes that arrive from elsewhere (undo, redo, later a room's peers) come back to the
 * store as a new immutable map that reuses every unchanged object.
 */
export class DocumentBinding {
  private ydoc: Y.Doc | null = null;
  private undo: Y.UndoManager | null = null;
  private pending: JourneyMap | null = null;
  readonly history: StoreApi<HistoryState>;

  constructor(
    /** Reads the store's current document (for structural sharing on the way back). */
    private readonly current: () => JourneyMap | null,
    /** Puts a document changed from outside the store (undo, redo, a peer) into the store. */
    private readonly receive: (doc: JourneyMap) => void,
  ) {
    this.history = createStore<HistoryState>()(() => ({
      undoSteps: [],
      redoSteps: [],
      undo: () => this.undo?.undo(),
      redo: () => this.undo?.redo(),
      clear: () => this.undo?.clear(),
    }));
  }

  /**
   * A newly opened map: a fresh document and an empty history. The Y.Doc is built when the
   * window is idle after opening (about 0.1 s for 1,000 cards, 0.4 s for 5,000), or at the first
   * edit if that comes sooner, so opening a map does not wait for it.
   */
  open(doc: JourneyMap): void {
    this.ydoc?.destroy();
    this.undo?.destroy();
    this.ydoc = null;
    this.undo = null;
    this.pending = doc;
    this.publish();
    const idle = globalThis.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 200));
    idle(() => {
      if (this.pending === doc) this.ensure();
    });
  }

  /**
   * Records an edit; `merge` folds it into the previous undo step (a typing burst). Returns false
   * when the edit changed nothing (a new object with the same content): no step is recorded.
   */
  write(next: JourneyMap, previous: JourneyMap, merge: boolean): boolean {
    const { ydoc, undo } = this.ensure();
    if (!merge) undo.stopCapturing();
    return writeMap(ydoc, next, ORIGINS.local, previous);
  }

  /** The Y.Doc of the open map (a workshop room syncs it). */
  document(): Y.Doc | null {
    return this.pending ? this.ensure().ydoc : this.ydoc;
  }

  private ensure(): { ydoc: Y.Doc; undo: Y.UndoManager } {
    if (this.ydoc && this.undo) return { ydoc: this.ydoc, undo: this.undo };
    const ydoc = createMapDoc(this.pending ?? this.current()!);
    this.pending = null;
    const types = COLLECTIONS.flatMap(([name]) => [ydoc.getMap(name), ydoc.getArray(`${name}Order`)]);
    // Steps are cut by the store (stopCapturing), not by time: a typing burst is one step. The
    // timeout only has to outlast any burst and stay below "now − 0", which stopCapturing compares.
    const undo = new Y.UndoManager([ydoc.getMap('meta'), ...types], {
      trackedOrigins: new Set(UNDOABLE_ORIGINS),
      captureTimeout: 1e9,
    });
    undo.on('stack-item-added', () => {
      if (undo.undoStack.length > HISTORY_LIMIT) undo.undoStack.shift();
      this.publish();
    });
    undo.on('stack-item-popped', () => this.publish());
    undo.on('stack-cleared', () => this.publish());
    ydoc.on('afterTransaction', (tr: Y.Transaction) => {
      if (tr.origin === ORIGINS.local) return;
      const read = readMap(ydoc, this.current() ?? undefined);
      // Concurrent edits can meet badly (a card in a stage someone deleted). The settled map is
      // written into the Y.Doc itself (not an undo step), so the document and the store never
      // disagree (writeMap skips what the store shares with the Y.Doc) and every peer gets it;
      // that write comes back here already settled.
      const settled = settleMerged(read);
      if (settled !== read) writeMap(ydoc, settled, ORIGINS.settling);
      else this.receive(read);
    });
    this.ydoc = ydoc;
    this.undo = undo;
    return { ydoc, undo };
  }

  private publish(): void {
    this.history.setState({
      undoSteps: [...(this.undo?.undoStack ?? [])],
      redoSteps: [...(this.undo?.redoStack ?? [])],
    });
  }
}
