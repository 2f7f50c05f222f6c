import { InfoDialog } from '../ui/InfoDialog';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryInfo } from '../../../shared/ipc/contract';
import { displayShortcut } from '../commands/registry';
import { useCommandLabel } from '../i18n/uiLanguage';
import { unwrap } from '../ipc/bridge';
import { useServices, useWaymark } from '../services/ServicesContext';

/** Help ▸ Keyboard shortcuts and Help ▸ About, opened from the native menu. */
export function HelpDialogs() {
  const { t } = useTranslation();
  const { store, commands, api } = useServices();
  const request = useWaymark((s) => s.dialog?.kind ?? null);
  const label = useCommandLabel();
  const [info, setInfo] = useState<LibraryInfo | null>(null);
  const close = () => store.getState().closeDialog();

  useEffect(() => {
    if (request !== 'about') return;
    let live = true;
    void unwrap(api.library.info({})).then((i) => live && setInfo(i));
    return () => {
      live = false;
    };
  }, [request, api]);

  if (request === 'shortcuts')
    return (
      <InfoDialog title={t('help.shortcuts')} onClose={close}>
        <table className="shortcuts">
          <tbody>
            {commands
              .list()
              .filter((c) => c.shortcuts.length > 0)
              .map((c) => (
                <tr key={c.id}>
                  <th scope="row">{label(c.id)}</th>
                  <td>
                    <kbd>{displayShortcut(c.shortcuts[0]!)}</kbd>
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      </InfoDialog>
    );
  if (request === 'about')
    return (
      <InfoDialog title={t('help.about')} onClose={close}>
        <p>{t('help.version', { version: __WAYMARK_VERSION__ })}</p>
        <p>{t('help.library', { path: info?.file ?? '…' })}</p>
        <p className="hint">{t('help.tagline')}</p>
      </InfoDialog>
    );
  return null;
}
