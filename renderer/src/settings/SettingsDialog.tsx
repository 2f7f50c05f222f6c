import { InfoDialog } from '../ui/InfoDialog';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model/constants';
import { rememberLanguage, UI_LANGUAGES } from '../i18n/i18n';
import { LANGUAGE_NAMES } from '../i18n/uiLanguage';
import { applyTheme, savedTheme, type Theme, THEMES } from '../ui/theme';
import type { LibraryInfo } from '../../../shared/ipc/contract';
import { unwrap } from '../ipc/bridge';
import { useServices } from '../services/ServicesContext';
import { ExportDefaultsFields } from './ExportDefaultsFields';

/** Language and theme; both apply at once, without a restart. */
function SettingsDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [theme, setTheme] = useState<Theme>(savedTheme);
  const { api } = useServices();
  const [info, setInfo] = useState<LibraryInfo | null>(null);
  useEffect(() => {
    let live = true;
    void unwrap(api.library.info({})).then((i) => live && setInfo(i));
    return () => {
      live = false;
    };
  }, [api]);
  const themeName: Record<Theme, string> = {
    system: t('app.themeSystem'),
    light: t('app.themeLight'),
    dark: t('app.themeDark'),
    projector: t('app.themeProjector'),
  };
  return (
    <InfoDialog title={t('app.settings')} className="settings-dialog" onClose={onClose}>
      <div className="field-row">
        <label>
          {t('app.language')}
          <select
            value={i18n.language}
            onChange={(e) => {
              const lng = e.target.value as Language;
              rememberLanguage(lng);
              void i18n.changeLanguage(lng);
            }}
          >
            {UI_LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('app.theme')}
          <select
            value={theme}
            onChange={(e) => {
              const next = e.target.value as Theme;
              setTheme(next);
              applyTheme(next);
            }}
          >
            {THEMES.map((th) => (
              <option key={th} value={th}>
                {themeName[th]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="hint">{t('app.settingsHint')}</p>
      <ExportDefaultsFields />
      <h3>{t('app.dataFolder')}</h3>
      <p className="library-path">{info?.file ?? '…'}</p>
      <button type="button" onClick={() => void api.library.showInFolder({})}>
        {t('app.showInFolder')}
      </button>
    </InfoDialog>
  );
}

export function SettingsButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('app.settings')}
      </button>
      {open && <SettingsDialog onClose={() => setOpen(false)} />}
    </>
  );
}
