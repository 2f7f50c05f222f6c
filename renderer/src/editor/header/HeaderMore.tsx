import { usePopover } from '../../ui/usePopover';
import { useTranslation } from 'react-i18next';
import { useServices, useWaymark } from '../../services/ServicesContext';
import { LinkedMaps } from './LinkedMaps';

/**
 * The header's secondary actions (the guide, the linked current/future maps, compare) behind
 * one "…" button, so the header fits a 1280 px laptop in both languages and the title is the
 * last thing to give way.
 */
export function HeaderMore() {
  const { t } = useTranslation();
  const { store, commands } = useServices();
  const sidePanel = useWaymark((s) => s.sidePanel);
  const { open, setOpen, ref, menuProps } = usePopover();
  const menu = menuProps(t('editor.more'), 'more-items');

  return (
    <div className="header-more" ref={ref}>
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={t('editor.more')}
        title={t('editor.more')}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">…</span>
      </button>
      {open && (
        <div
          {...menu}
          onClick={(e) => {
            if ((e.target as HTMLElement).closest('[role="menuitem"]')) setOpen(false);
          }}
        >
          <LinkedMaps inMenu />
          <button type="button" role="menuitem" onClick={() => store.getState().setRoomPanel(true)}>
            {t('room.host.menu')}
          </button>
          <button
            type="button"
            role="menuitemcheckbox"
            aria-checked={sidePanel === 'guide'}
            onClick={() => {
              commands.run('view.guide');
              setOpen(false);
            }}
          >
            {t('guide.toggle')}
          </button>
        </div>
      )}
    </div>
  );
}
