import type { i18n as I18n } from 'i18next';
import { Holder } from './Holder';
import type { WaymarkApi } from '../../../shared/ipc/api';
import { appCommands } from '../commands/appCommands';
import { clipboardCommands } from '../commands/clipboardCommands';
import { editorCommands } from '../commands/editorCommands';
import { CommandRegistry, type CommandHandlers } from '../commands/registry';
import { type Autosave, startAutosave } from '../store/autosave';
import { createWaymarkStore, type WaymarkStore } from '../store/createWaymarkStore';
import type { CanvasControlsHolder } from '../editor/canvasControls';
import type { LayoutHolder } from '../editor/LayoutContext';

export interface Services {
  api: WaymarkApi;
  store: WaymarkStore;
  autosave: Autosave;
  commands: CommandRegistry;
  /** Filled in by the mounted canvas. */
  canvas: CanvasControlsHolder;
  layout: LayoutHolder;
  /** The interface language and its catalogue, for code outside components (notices). */
  i18n: I18n;
}

export function createServices(api: WaymarkApi, i18n: I18n): Services {
  const store = createWaymarkStore();
  const autosave = startAutosave(store, api);
  const canvas: CanvasControlsHolder = new Holder();
  const layout: LayoutHolder = new Holder();
  const handlers: CommandHandlers = {
    ...editorCommands({ store, autosave: () => autosave, canvas, layout }),
    ...clipboardCommands(store),
    ...appCommands(store, () => autosave),
  };
  const commands = new CommandRegistry({ state: store.getState }, handlers);
  return { api, store, autosave, commands, canvas, layout, i18n };
}
