import { MENU_ONLY_COMMANDS } from '../../../shared/menu/menuSpec';
import type { Language } from '../../../shared/model/constants';
import { applyTheme, savedTheme } from './theme';
import type { Services } from './services';

/** Menu-only commands that need an open map. */
const NEEDS_MAP = new Set<string>(['view.guide', ...MENU_ONLY_COMMANDS.filter((c) => c.startsWith('file.export.'))]);

async function leaveEditor({ store, autosave }: Services): Promise<void> {
  await autosave.flush();
  store.getState().closeMap();
  store.getState().navigate({ screen: 'library' });
}

/** Runs a command chosen in the native menu: registry commands as from the keyboard. */
export function runMenuCommand(services: Services, command: string): void {
  const { store, commands } = services;
  const s = store.getState();
  if (commands.has(command)) {
    if (commands.isEnabled(command)) commands.run(command);
    return;
  }
  if (command === 'file.library') void leaveEditor(services);
  else if (command === 'file.newMap' || command === 'file.import')
    void leaveEditor(services).then(() => s.setMenuRequest(command));
  else if (command.startsWith('file.export.')) s.setMenuRequest(command);
  else if (command === 'view.guide') s.setSidePanel(s.sidePanel === 'guide' ? 'inspector' : 'guide');
  else if (command === 'view.projector') applyTheme(savedTheme() === 'projector' ? 'system' : 'projector');
  else if (command === 'view.dark')
    applyTheme(document.documentElement.classList.contains('theme-dark') ? 'light' : 'dark');
  else if (command.startsWith('file.open:')) {
    const id = command.slice('file.open:'.length);
    void services.autosave.flush().then(() => {
      s.closeMap();
      s.navigate({ screen: 'editor', mapId: id });
    });
  } else if (command === 'help.shortcuts' || command === 'help.about') s.setMenuRequest(command);
}

/** Which menu commands can run now: the registry's enabled ones and the menu's own. */
export function enabledMenuCommands({ store, commands }: Services): string[] {
  const hasMap = store.getState().doc !== null;
  return [
    ...commands.ids().filter((id) => commands.isEnabled(id)),
    ...MENU_ONLY_COMMANDS.filter((c) => hasMap || !NEEDS_MAP.has(c)),
  ].sort();
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
  const stopCommands = window.waymarkEvents?.onMenuCommand?.((command) => runMenuCommand(services, command));
  let last = '';
  let timer: ReturnType<typeof setTimeout> | null = null;
  const report = () => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      const state = {
        language: (i18n.language === 'vi' ? 'vi' : 'en') as Language,
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
  const stopHistory = store.temporal.subscribe(report);
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
