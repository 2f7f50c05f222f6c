import type { NodeProps } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { stageMetrics, type StageNumbers } from '../../../../../shared/model/stageMetrics';
import { useServices, useWaymark } from '../../../services/ServicesContext';
import type { MetricsLaneNode as MetricsLaneNodeType } from '../buildNodes';
import { GLYPHS } from '../../glyphs';

type Key = 'entering' | 'conversion' | 'dropOff' | 'satisfaction';
const KEYS: Key[] = ['entering', 'conversion', 'dropOff', 'satisfaction'];
/** Whether a rise is good news (drop-off is the one that should fall). */
const GOOD_WHEN_UP: Record<Key, boolean> = { entering: true, conversion: true, dropOff: false, satisfaction: true };

/**
 * The metrics lane: per stage the latest numbers and their change since the previous record,
 * so a team sees whether their changes improved the journey. A click opens the metrics panel.
 */
export const MetricsLaneNode = memo(function MetricsLaneNode({ data }: NodeProps<MetricsLaneNodeType>) {
  const { t, i18n } = useTranslation();
  const { store } = useServices();
  const doc = useWaymark((s) => s.doc);
  const all = useMemo(() => (doc ? stageMetrics(doc) : []), [doc]);
  if (!doc) return null;
  const fmt = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1, signDisplay: 'never' });
  const scale = doc.metrics.satisfaction.toUpperCase();
  const line = (key: Key, n: StageNumbers) => {
    const v = n[key];
    if (v === null) return null;
    return key === 'satisfaction'
      ? t('metrics.cell.satisfaction', { scale, value: fmt.format(v) })
      : t(`metrics.cell.${key}`, { value: fmt.format(v) });
  };
  return (
    <div className="metrics-lane">
      {data.stages.map((s) => {
        const m = all.find((x) => x.stageId === s.id);
        const lines = m ? KEYS.map((k) => ({ k, text: line(k, m.now) })).filter((l) => l.text) : [];
        return (
          <button
            key={s.id}
            type="button"
            className="metrics-cell nodrag"
            style={{ left: s.x, width: s.width }}
            data-stage-id={s.id}
            onClick={() => store.getState().setSidePanel('metrics')}
          >
            {lines.length === 0 && <span className="hint">{t('metrics.cell.empty')}</span>}
            {lines.map(({ k, text }) => {
              const before = m?.before?.[k] ?? null;
              const now = m?.now[k] ?? null;
              const delta = before !== null && now !== null ? Math.round((now - before) * 10) / 10 : null;
              const good = delta !== null && delta !== 0 && delta > 0 === GOOD_WHEN_UP[k];
              return (
                <span key={k} className={`metric metric-${k}`}>
                  {text}
                  {delta !== null && delta !== 0 && (
                    <span
                      className={`metric-change ${good ? 'is-better' : 'is-worse'}`}
                      title={t('metrics.change', { date: m?.previous?.date ?? '' })}
                    >
                      {delta > 0 ? GLYPHS.up : GLYPHS.down}
                      {fmt.format(Math.abs(delta))}
                    </span>
                  )}
                </span>
              );
            })}
          </button>
        );
      })}
    </div>
  );
});
