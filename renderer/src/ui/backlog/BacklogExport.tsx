import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The backlog's Export ▾: the files it saves as (a workbook, a CSV for Jira, a slide, a PDF
 * page), one menu in the map's backlog and the library's.
 */
export function BacklogExport<F extends string>({
  files,
  disabled,
  onExport,
}: {
  files: readonly F[];
  disabled: boolean;
  onExport: (file: F) => void;
}) {
  const { t } = useTranslation();
  const menu = useRef<HTMLDetailsElement>(null);
  return (
    <details ref={menu} className="backlog-export">
      <summary aria-disabled={disabled}>{t('backlog.export.menu')}</summary>
      <div className="backlog-export-items" role="group" aria-label={t('backlog.export.menu')}>
        {files.map((f) => (
          <button
            key={f}
            type="button"
            disabled={disabled}
            onClick={() => {
              if (menu.current) menu.current.open = false;
              onExport(f);
            }}
          >
            {t(`backlog.export.${f}`)}
          </button>
        ))}
      </div>
    </details>
  );
}
