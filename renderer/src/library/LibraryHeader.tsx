import { useTranslation } from 'react-i18next';
import { SettingsButton } from '../settings/SettingsDialog';

interface Props {
  trash: boolean;
  /** The trash is shown and holds maps. */
  canEmpty: boolean;
  onTrash: (trash: boolean) => void;
  onEmpty: () => void;
  onImport: () => void;
  onNew: () => void;
}

/** The library's header: maps or trash, Empty trash, Settings, Import… and New map. */
export function LibraryHeader({ trash, canEmpty, onTrash, onEmpty, onImport, onNew }: Props) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <h1>{t('app.name')}</h1>
      <nav className="library-tabs" aria-label={t('library.nav')}>
        <button type="button" aria-pressed={!trash} onClick={() => onTrash(false)}>
          {t('library.maps')}
        </button>
        <button type="button" aria-pressed={trash} onClick={() => onTrash(true)}>
          {t('library.trash')}
        </button>
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
