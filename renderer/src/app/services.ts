import type { i18n as I18n } from 'i18next';
import { Holder } from '../services/Holder';
import type { WaymarkApi } from '../../../shared/ipc/api';
import { appCommands } from '../commands/appCommands';
import { clipboardCommands } from '../commands/clipboardCommands';
import { editorCommands } from '../commands/editorCommands';
import { CommandRegistry, type CommandHandlers } from '../commands/registry';
import type { Services } from '../services/Services';

export type { Services } from '../services/Services';
import { startAutosave } from '../store/autosave';
import { createWaymarkStore } from '../store/createWaymarkStore';
import { createHostRoom } from '../editor/room/hostRoom';
import { waymarkEvents } from '../ipc/bridge';
import type { CanvasControlsHolder, LayoutHolder } from '../commands/canvasControls';

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
  const room = createHostRoom(api, store, waymarkEvents, (key) => i18n.t(key));
  return { api, store, autosave, commands, canvas, layout, i18n, room };
}
