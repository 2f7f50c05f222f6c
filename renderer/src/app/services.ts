import type { WaymarkApi } from '../../../shared/ipc/api';
import { CommandRegistry } from '../commands/registry';
import { editorCommands } from '../commands/editorCommands';
import { type Autosave, startAutosave } from '../store/autosave';
import { createWaymarkStore, type WaymarkStore } from '../store/createWaymarkStore';

export interface Services {
  api: WaymarkApi;
  store: WaymarkStore;
  autosave: Autosave;
  commands: CommandRegistry;
}

export function createServices(api: WaymarkApi): Services {
  const store = createWaymarkStore();
  const autosave = startAutosave(store, api);
  const commands = new CommandRegistry({ state: store.getState }).register(...editorCommands(store, () => autosave));
  return { api, store, autosave, commands };
}
