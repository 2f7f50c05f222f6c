import { useTranslation } from 'react-i18next';
import { SettingsButton } from '../settings/SettingsDialog';

export const LIBRARY_TABS = ['maps', 'backlog', 'trash'] as const;
export type LibraryTab = (typeof LIBRARY_TABS)[number];

interface Props {
  tab: LibraryTab;
  /** The trash is shown and holds maps. */
  canEmpty: boolean;
  onTab: (tab: LibraryTab) => void;
  onEmpty: () => void;
  onImport: () => void;
  onNew: () => void;
}

/** The library's header: maps, the whole backlog or the trash, Empty trash, Settings, Import… and New map. */
export function LibraryHeader({ tab, canEmpty, onTab, onEmpty, onImport, onNew }: Props) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <h1>{t('app.name')}</h1>
      <nav className="library-tabs" aria-label={t('library.nav')}>
        {LIBRARY_TABS.map((which) => (
          <button key={which} type="button" aria-pressed={tab === which} onClick={() => onTab(which)}>
            {t(`library.tabs.${which}`)}
          </button>
        ))}
      </nav>
      {canEmpty && (
        <button type="button" className="danger" onClick={onEmpty}>
          {t('library.emptyTrash')}
        </button>
      )}
      <SettingsButton />
      <button type="button" onClick={onImport}>
        {t('library.import')}
      </button>
      <button type="button" className="primary" onClick={onNew}>
        {t('library.newMap')}
      </button>
    </header>
  );
}
