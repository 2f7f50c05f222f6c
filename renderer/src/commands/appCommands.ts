import type { ExportCommandId } from '../../../shared/commands/commands';
import { exportCommand } from '../../../shared/commands/commands';
import { EXPORT_FORMAT_IDS } from '../../../shared/exchange/exportFormats';
import { applyTheme, savedTheme } from '../ui/theme';
import type { Autosave } from '../store/autosave';
import type { WaymarkStore } from '../store/createWaymarkStore';
import type { DialogRequest } from '../store/types';
import type { CommandHandler } from './registry';

export type AppCommandId =
  | 'file.newMap'
  | 'file.library'
  | 'file.import'
  | ExportCommandId
  | 'view.guide'
  | 'view.dark'
  | 'view.projector'
  | 'help.shortcuts'
  | 'help.about';

const always = () => true;

/**
 * Commands of the window rather than of the map: leaving for the library, asking a screen for a
 * dialog, switching the theme. They are reached from the native menu and the keyboard.
 */
export function appCommands(store: WaymarkStore, autosave: () => Autosave): Record<AppCommandId, CommandHandler> {
  const hasMap = () => store.getState().doc !== null;
  const leaveEditor = async () => {
    await autosave().flush();
    store.getState().closeMap();
    store.getState().navigate({ screen: 'library' });
  };
  // New map… and Import… belong to the library screen: leave the editor first.
  const fromLibrary = (dialog: DialogRequest): CommandHandler => ({
    enabled: always,
    run: () => void leaveEditor().then(() => store.getState().openDialog(dialog)),
  });
  const exports = Object.fromEntries(
    EXPORT_FORMAT_IDS.map((format): [ExportCommandId, CommandHandler] => [
      exportCommand(format),
      { enabled: hasMap, run: () => store.getState().openDialog({ kind: 'export', format }) },
    ]),
  ) as Record<ExportCommandId, CommandHandler>;
  return {
    'file.newMap': fromLibrary({ kind: 'newMap' }),
    'file.import': fromLibrary({ kind: 'import' }),
    'file.library': { enabled: always, run: () => void leaveEditor() },
    ...exports,
    'view.guide': {
      enabled: hasMap,
      run: () => {
        const s = store.getState();
        s.setSidePanel(s.sidePanel === 'guide' ? 'inspector' : 'guide');
      },
    },
    'view.projector': {
      enabled: always,
      run: () => applyTheme(savedTheme() === 'projector' ? 'system' : 'projector'),
    },
    'view.dark': {
      enabled: always,
      run: () => applyTheme(document.documentElement.classList.contains('theme-dark') ? 'light' : 'dark'),
    },
    'help.shortcuts': { enabled: always, run: () => store.getState().openDialog({ kind: 'shortcuts' }) },
    'help.about': { enabled: always, run: () => store.getState().openDialog({ kind: 'about' }) },
  };
}
