import { useTranslation } from 'react-i18next';
import { PAPER, type Paper } from './pagePlan';

/** PNG scales offered wherever a scale is chosen (the export dialog, Settings' defaults). */
export const PNG_SCALES = [1, 2, 3] as const;
export type PngScale = (typeof PNG_SCALES)[number];

/** The paper size field, the same in the PDF dialog and in Settings' export defaults. */
export function PaperSelect({ value, onChange }: { value: Paper; onChange: (paper: Paper) => void }) {
  const { t } = useTranslation();
  return (
    <label>
      {t('export.dialog.paper')}
      <select value={value} onChange={(e) => onChange(e.target.value as Paper)}>
        {(Object.keys(PAPER) as Paper[]).map((p) => (
          <option key={p} value={p}>
            {PAPER[p].label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The PNG scale field (1×, 2×, 3×). */
export function ScaleSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number;
  onChange: (scale: PngScale) => void;
}) {
  const { t } = useTranslation();
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(Number(e.target.value) as PngScale)}>
        {PNG_SCALES.map((s) => (
          <option key={s} value={s}>
            {t(`export.dialog.scale${s}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
