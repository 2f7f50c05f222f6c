import { useTranslation } from 'react-i18next';
import {
  INSIGHT_KINDS,
  INSIGHT_SOURCES,
  type InsightKind,
  type InsightSource,
  type Language,
} from '../../../../shared/model/constants';
import { INSIGHT_KIND_LABELS, INSIGHT_SOURCE_LABELS } from '../../../../shared/templates/labels';

/** An insight's kind, chosen where insights are added, imported or edited. */
export function KindSelect({ value, onChange }: { value: InsightKind; onChange: (kind: InsightKind) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <label>
      {t('insights.kind')}
      <select value={value} onChange={(e) => onChange(e.target.value as InsightKind)}>
        {INSIGHT_KINDS.map((k) => (
          <option key={k} value={k}>
            {INSIGHT_KIND_LABELS[k][language]}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * Where an insight comes from; `all` offers "every source" first (the panel's filter, where null
 * means no filter), and `label` names the field where the plain word would mislead.
 */
export function SourceSelect<All extends boolean = false>({
  value,
  onChange,
  all,
  label,
}: {
  value: All extends true ? InsightSource | null : InsightSource;
  onChange: (source: All extends true ? InsightSource | null : InsightSource) => void;
  all?: All;
  label?: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const select = (
    <select
      aria-label={label ?? t('insights.source')}
      value={value ?? ''}
      onChange={(e) => onChange((e.target.value || null) as All extends true ? InsightSource | null : InsightSource)}
    >
      {all && <option value="">{t('insights.allSources')}</option>}
      {INSIGHT_SOURCES.map((s) => (
        <option key={s} value={s}>
          {INSIGHT_SOURCE_LABELS[s][language]}
        </option>
      ))}
    </select>
  );
  // The filter sits in a row beside the search field, named but without a visible label.
  if (all) return select;
  return (
    <label>
      {label ?? t('insights.source')}
      {select}
    </label>
  );
}
