import type { StateCreator } from 'zustand';
import { EditError } from '../../../shared/model/operations';
import type { DocumentSlice, WaymarkState } from './types';

type History = { getState(): { clear(): void; pause(): void; resume(): void } };
type WithHistory = { temporal?: History };

/** How long a burst of same-field edits keeps merging into one undo step. */
const COALESCE_MS = 1500;

export const createDocumentSlice: StateCreator<WaymarkState, [], [], DocumentSlice> = (set, get, api) => {
  const history = () => (api as WithHistory).temporal?.getState();
  let burst: { key: string; at: number } | null = null;

  return {
    doc: null,
    revision: 0,
    opened: 0,
    openMap: ({ document, revision }) => {
      burst = null;
      set({
        doc: document,
        revision,
        opened: get().opened + 1,
        save: { state: 'saved', at: document.updatedAt },
        selectedCardIds: [],
        selectedConnectorIds: [],
        editingCardId: null,
        activeCell: null,
        cardHeights: {},
      });
      // Opening a map is not an edit: its history starts empty (zundo records inside `set`).
      history()?.clear();
    },
    closeMap: () =>
      set({
        doc: null,
        revision: 0,
        selectedCardIds: [],
        selectedConnectorIds: [],
        editingCardId: null,
        activeCell: null,
      }),
    change: (edit, options = {}) => {
      const doc = get().doc;
      if (!doc) return false;
      if (get().readOnly) {
        set({ notice: { key: 'library.readOnlyEdit' } });
        return false;
      }
      let next;
      try {
        next = edit(doc);
      } catch (err) {
        if (!(err instanceof EditError)) throw err;
        set({ notice: err.i18n ?? err.message });
        return false;
      }
      if (next === doc) return true;
      const now = Date.now();
      const merge = options.coalesce !== undefined && burst?.key === options.coalesce && now - burst.at < COALESCE_MS;
      burst = options.coalesce !== undefined ? { key: options.coalesce, at: now } : null;
      if (merge) history()?.pause();
      set({ doc: next });
      if (merge) history()?.resume();
      return true;
    },
    confirmSaved: (revision, at) => set({ revision, save: { state: 'saved', at } }),
  };
};
