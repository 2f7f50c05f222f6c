import { deleteCards } from '../../../shared/model/operations';
import type { WaymarkStore } from '../store/createWaymarkStore';
import type { Autosave } from '../store/autosave';
import type { Command } from './registry';

export function editorCommands(store: WaymarkStore, autosave: () => Autosave | null): Command[] {
  const history = () => store.temporal.getState();
  return [
    {
      id: 'edit.undo',
      label: 'Undo',
      shortcuts: ['Mod+Z'],
      enabled: ({ state }) => state().doc !== null && history().pastStates.length > 0,
      run: () => history().undo(),
    },
    {
      id: 'edit.redo',
      label: 'Redo',
      shortcuts: ['Mod+Shift+Z', 'Mod+Y'],
      enabled: ({ state }) => state().doc !== null && history().futureStates.length > 0,
      run: () => history().redo(),
    },
    {
      id: 'edit.delete',
      label: 'Delete selected cards',
      shortcuts: ['Delete', 'Backspace'],
      enabled: ({ state }) => state().selectedCardIds.length > 0 && state().editingCardId === null,
      run: ({ state }) => {
        const ids = state().selectedCardIds;
        state().change((doc) => deleteCards(doc, ids));
        state().select([]);
      },
    },
    {
      id: 'map.saveNow',
      label: 'Save now',
      shortcuts: ['Mod+S'],
      enabled: ({ state }) => state().doc !== null,
      run: () => void autosave()?.flush(),
    },
  ];
}
