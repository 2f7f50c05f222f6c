import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PaperSelect, ScaleSelect } from '../export/optionFields';
import { PDF_LAYOUTS } from '../export/pagePlan';
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
      <PaperSelect value={value.paper} onChange={(paper) => update({ paper })} />
      <ScaleSelect label={t('app.pngScale')} value={value.pngScale} onChange={(pngScale) => update({ pngScale })} />
    </fieldset>
  );
}
