import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordMetric } from '../../../../shared/model/operations';
import { checkMetric, stageMetrics, type MetricField } from '../../../../shared/model/stageMetrics';
import { useServices, useWaymark } from '../../services/ServicesContext';
import { Funnel } from './Funnel';
import { MetricRecords, MetricsSettings } from './MetricsParts';
import { DayField } from '../../ui/DayField';
import { dayText } from '../../../../shared/model/dayText';
import { uiLanguage } from '../../i18n/uiLanguage';

const FIELDS: MetricField[] = ['entering', 'conversion', 'satisfaction'];
const today = () => new Date().toISOString().slice(0, 10);

/**
 * Numbers per stage: customers entering, conversion (derived from the counts where both exist),
 * satisfaction. A value is checked before anything is saved; a refused value keeps the field
 * as typed with the reason beside it, and the stored numbers stay as they were.
 */
export function MetricsPanel() {
  const { t, i18n } = useTranslation();
  const { store } = useServices();
  const doc = useWaymark((s) => s.doc);
  const [stageId, setStageId] = useState<string | null>(null);
  const [date, setDate] = useState(today);
  const [draft, setDraft] = useState<Record<MetricField, string>>({ entering: '', conversion: '', satisfaction: '' });
  const [errors, setErrors] = useState<Partial<Record<MetricField | 'date', string>>>({});
  const metrics = useMemo(() => (doc ? stageMetrics(doc) : []), [doc]);
  if (!doc) return null;
  const stage = doc.stages.find((s) => s.id === stageId) ?? doc.stages[0]!;
  const index = doc.stages.indexOf(stage);
  const here = metrics[index]!;
  const previousCount = index > 0 ? (metrics[index - 1]!.now.entering ?? null) : null;
  const language = uiLanguage(i18n);
  // The next stage's count of the date being entered: conversions never mix dates.
  const nextStage = doc.stages[index + 1];
  const nextCount =
    doc.metrics.records.filter((r) => r.stageId === nextStage?.id && r.date === date).at(-1)?.entering ?? null;
  const typedCount = checkMetric('entering', draft.entering, { scale: doc.metrics.satisfaction, language });
  const count = typedCount.ok ? (typedCount.value ?? here.now.entering) : here.now.entering;
  const maxConversion =
    count !== null && count > 0 && nextCount !== null ? Math.round((nextCount / count) * 1000) / 10 : null;
  const fmt = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });

  const pickStage = (id: string) => {
    setStageId(id);
    setDraft({ entering: '', conversion: '', satisfaction: '' });
    setErrors({});
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const next: Partial<Record<MetricField | 'date', string>> = {};
    const values: Partial<Record<MetricField, number | null>> = {};
    for (const f of FIELDS) {
      const r = checkMetric(f, draft[f], {
        scale: doc.metrics.satisfaction,
        language,
        maxConversion,
        maxEntering: previousCount,
      });
      if (r.ok) values[f] = r.value;
      else next[f] = t(r.key, r.params ?? {});
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) next.date = t('metrics.errors.date');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    const base = here.latest?.date === date ? here.latest : null;
    const keep = (f: MetricField) => (draft[f].trim() === '' ? (base?.[f] ?? null) : (values[f] ?? null));
    const ok = store.getState().change((d) =>
      recordMetric(d, {
        stageId: stage.id,
        date,
        entering: keep('entering'),
        conversion: keep('conversion'),
        satisfaction: keep('satisfaction'),
      }),
    );
    if (ok) {
      setDraft({ entering: '', conversion: '', satisfaction: '' });
      store.getState().setNotice({ key: 'metrics.recorded', params: { stage: stage.name, date: dayText(date) } });
    }
  };

  const label = (f: MetricField) =>
    t(`metrics.${f}`) + (f === 'satisfaction' ? ` (${t(`metrics.${doc.metrics.satisfaction}`)})` : '');

  return (
    <aside className="side-panel metrics-panel" aria-label={t('metrics.title')}>
      <h2>{t('metrics.title')}</h2>
      <MetricsSettings />
      <form className="metrics-form" onSubmit={submit} noValidate>
        <label className="field">
          {t('metrics.stage')}
          <select aria-label={t('metrics.stage')} value={stage.id} onChange={(e) => pickStage(e.target.value)}>
            {doc.stages.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('metrics.date')}
          <DayField label={t('metrics.date')} value={date} onChange={setDate} invalid={!!errors.date} />
          {errors.date && <span className="field-error">{errors.date}</span>}
        </label>
        {FIELDS.map((f) => (
          <label key={f} className="field">
            {label(f)}
            <input
              aria-label={label(f)}
              inputMode="decimal"
              value={draft[f]}
              placeholder={here.latest?.[f] === null || here.latest === null ? '' : fmt.format(here.latest[f]!)}
              aria-invalid={!!errors[f]}
              aria-describedby={errors[f] ? `metric-error-${f}` : undefined}
              onChange={(e) => setDraft({ ...draft, [f]: e.target.value })}
            />
            {errors[f] && (
              <span id={`metric-error-${f}`} className="field-error" role="alert">
                {errors[f]}
              </span>
            )}
            {f === 'conversion' && maxConversion !== null && !errors[f] && (
              <span className="hint">{t('metrics.derivedConversion', { value: fmt.format(maxConversion) })}</span>
            )}
          </label>
        ))}
        <button type="submit" className="primary">
          {t('metrics.record')}
        </button>
      </form>
      <MetricRecords stageId={stage.id} />
      <h3>{t('metrics.funnel')}</h3>
      <Funnel />
    </aside>
  );
}
