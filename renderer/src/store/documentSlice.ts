import type { StateCreator } from 'zustand';
import { EditError } from '../../../shared/model/operations';
import type { DocumentBinding } from './documentBinding';
import type { DocumentSlice, WaymarkState } from './types';

/** How long a burst of same-field edits keeps merging into one undo step. */
const COALESCE_MS = 1500;

export const createDocumentSlice =
  (binding: () => DocumentBinding): StateCreator<WaymarkState, [], [], DocumentSlice> =>
  (set, get) => {
    let burst: { key: string; at: number } | null = null;

    return {
      doc: null,
      revision: 0,
      opened: 0,
      openMap: ({ document, revision }) => {
        burst = null;
        // Another map starts on its canvas, its research read afresh (the same map reloaded keeps both).
        const another = get().doc?.id !== document.id;
        set({
          ...(another ? { mapView: 'canvas' as const, backlogSelected: null, citedInsights: null } : {}),
          doc: document,
          revision,
          opened: get().opened + 1,
          save: { state: 'saved', at: document.updatedAt },
          selectedCardIds: [],
          selectedConnectorIds: [],
          editingCardId: null,
          activeCell: null,
          cardHeights: {},
          // A room belongs to the map it was opened on; so does the view of one persona.
          personaFocus: null,
          roomPanel: false,
          room: null,
        });
        // Opening a map is not an edit: its history starts empty.
        binding().open(document);
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
        // Content that did not change (a new object, the same map) is not an edit.
        if (binding().write(next, doc, merge)) set({ doc: next });
        return true;
      },
      receiveDocument: (doc) => {
        // Cards that are gone (undone, or removed by someone else) leave the selection and editor.
        const live = new Set(doc.cards.map((c) => c.id));
        const connectors = new Set(doc.connectors.map((c) => c.id));
        const s = get();
        set({
          doc,
          selectedCardIds: s.selectedCardIds.filter((id) => live.has(id)),
          selectedConnectorIds: s.selectedConnectorIds.filter((id) => connectors.has(id)),
          editingCardId: s.editingCardId && live.has(s.editingCardId) ? s.editingCardId : null,
        });
      },
      confirmSaved: (revision, at) => set({ revision, save: { state: 'saved', at } }),
    };
  };
