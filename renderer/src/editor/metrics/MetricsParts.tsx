import { useTranslation } from 'react-i18next';
import { SATISFACTION_SCALES, type SatisfactionScale } from '../../../../shared/model/constants';
import { addLane, setSatisfactionScale } from '../../../../shared/model/operations';
import { useServices, useWaymark } from '../../services/ServicesContext';
import { dayText } from '../../../../shared/model/dayText';

/** The map's metrics lane (added once) and its satisfaction scale. */
export function MetricsSettings() {
  const { t } = useTranslation();
  const { store } = useServices();
  const doc = useWaymark((s) => s.doc);
  if (!doc) return null;
  const hasLane = doc.lanes.some((l) => l.type === 'metrics');
  return (
    <>
      {hasLane ? (
        <p className="hint">{t('metrics.laneExists')}</p>
      ) : (
        <button
          type="button"
          onClick={() =>
            store
              .getState()
              .change((d) => addLane(d, { name: t('metrics.laneName', { lng: d.language }), type: 'metrics' }))
          }
        >
          {t('metrics.addLane')}
        </button>
      )}
      <label className="field">
        {t('metrics.scale')}
        <select
          aria-label={t('metrics.scale')}
          value={doc.metrics.satisfaction}
          onChange={(e) => store.getState().change((d) => setSatisfactionScale(d, e.target.value as SatisfactionScale))}
        >
          {SATISFACTION_SCALES.map((s) => (
            <option key={s} value={s}>
              {t(`metrics.${s}`)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

/** What was recorded for one stage, newest first. */
export function MetricRecords({ stageId }: { stageId: string }) {
  const { t, i18n } = useTranslation();
  const doc = useWaymark((s) => s.doc);
  if (!doc) return null;
  const fmt = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const records = doc.metrics.records.filter((r) => r.stageId === stageId).sort((a, b) => b.date.localeCompare(a.date));
  if (records.length === 0) return null;
  return (
    <>
      <h3>{t('metrics.history')}</h3>
      <ul className="metric-records">
        {records.map((r) => (
          <li key={r.id}>
            <strong>{dayText(r.date)}</strong>{' '}
            {[
              r.entering !== null && t('metrics.cell.entering', { value: fmt.format(r.entering) }),
              r.conversion !== null && t('metrics.cell.conversion', { value: fmt.format(r.conversion) }),
              r.satisfaction !== null &&
                t('metrics.cell.satisfaction', {
                  scale: doc.metrics.satisfaction.toUpperCase(),
                  value: fmt.format(r.satisfaction),
                }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </li>
        ))}
      </ul>
    </>
  );
}
