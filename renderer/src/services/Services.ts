import type { i18n as I18n } from 'i18next';
import type { WaymarkApi } from '../../../shared/ipc/api';
import type { CanvasControlsHolder, LayoutHolder } from '../commands/canvasControls';
import type { CommandRegistry } from '../commands/registry';
import type { Autosave } from '../store/autosave';
import type { WaymarkStore } from '../store/createWaymarkStore';

/** What every screen reaches through useServices(); app/services.ts puts it together. */
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
