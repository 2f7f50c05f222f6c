import { isCommandId } from '../../../shared/commands/commands';
import { uiLanguage } from '../i18n/uiLanguage';
import { waymarkEvents } from '../ipc/bridge';
import type { Services } from './services';

/** File ▸ Recent sends this prefix and a map id: the one menu entry that carries an argument. */
const RECENT_PREFIX = 'file.open:';

/**
 * Runs a command chosen in the native menu, through the same registry as the toolbar and the
 * keyboard. Anything else the menu sends (a stale or forged id) is ignored.
 */
export function runMenuCommand(services: Services, command: string): void {
  const { store, commands, autosave } = services;
  if (isCommandId(command)) {
    commands.run(command);
    return;
  }
  if (!command.startsWith(RECENT_PREFIX)) return;
  const id = command.slice(RECENT_PREFIX.length);
  void autosave.flush().then(() => {
    store.getState().closeMap();
    store.getState().navigate({ screen: 'editor', mapId: id });
  });
}

/** Which menu commands can run now. */
export function enabledMenuCommands({ commands }: Services): string[] {
  return commands
    .ids()
    .filter((id) => commands.isEnabled(id))
    .sort();
}

/**
 * Connects the native menu: its choices come in as commands, and the menu hears which
 * commands can run and which language to speak whenever that changes.
 */
export function connectMenu(services: Services): () => void {
  const { store, api, i18n } = services;
  let recent: { id: string; title: string }[] = [];
  const loadRecent = () =>
    void api.maps.recent({ limit: 8 }).then((r) => {
      if (!r.ok) return;
      recent = r.value;
      report();
    });
  const stopCommands = waymarkEvents()?.onMenuCommand?.((command) => runMenuCommand(services, command));
  let last = '';
  let timer: ReturnType<typeof setTimeout> | null = null;
  const report = () => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      const state = {
        language: uiLanguage(i18n),
        enabled: enabledMenuCommands(services),
        recent,
      };
      const key = JSON.stringify(state);
      if (key === last) return;
      last = key;
      void api.app.menuState(state);
    }, 100);
  };
  // Opening a map changes what is recent.
  const stopStore = store.subscribe((state, previous) => {
    if (state.doc?.id !== previous.doc?.id) loadRecent();
    report();
  });
  loadRecent();
  const stopHistory = store.history.subscribe(report);
  i18n.on('languageChanged', report);
  report();
  return () => {
    stopCommands?.();
    stopStore();
    stopHistory();
    i18n.off('languageChanged', report);
    if (timer) clearTimeout(timer);
  };
}
