import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAPER, PDF_LAYOUTS } from '../export/pagePlan';
import { type ExportDefaults, exportDefaults, saveExportDefaults } from '../export/exportDefaults';

/** Settings ▸ export defaults: what the PDF and PNG dialogs start with. */
export function ExportDefaultsFields() {
  const { t } = useTranslation();
  const [value, setValue] = useState<ExportDefaults>(exportDefaults);
  const update = (patch: Partial<ExportDefaults>) => {
    const next = { ...value, ...patch };
    setValue(next);
    saveExportDefaults(next);
  };
  return (
    <fieldset className="field-row export-defaults">
      <legend>{t('app.exportDefaults')}</legend>
      <label>
        {t('app.pdfPages')}
        <select
          value={value.pdfLayout}
          onChange={(e) => update({ pdfLayout: e.target.value as ExportDefaults['pdfLayout'] })}
        >
          {PDF_LAYOUTS.map((l) => (
            <option key={l} value={l}>
              {t(`export.dialog.${l}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('export.dialog.paper')}
        <select value={value.paper} onChange={(e) => update({ paper: e.target.value as ExportDefaults['paper'] })}>
          {(Object.keys(PAPER) as ExportDefaults['paper'][]).map((p) => (
            <option key={p} value={p}>
              {PAPER[p].label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('app.pngScale')}
        <select
          value={value.pngScale}
          onChange={(e) => update({ pngScale: Number(e.target.value) as ExportDefaults['pngScale'] })}
        >
          <option value={1}>{t('export.dialog.scale1')}</option>
          <option value={2}>{t('export.dialog.scale2')}</option>
          <option value={3}>{t('export.dialog.scale3')}</option>
        </select>
      </label>
    </fieldset>
  );
}
