import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { funnel } from '../../../../shared/model/stageMetrics';
import { useWaymark } from '../../services/ServicesContext';

const W = 260;
const ROW = 34;

/** The stages as a funnel of customer counts; the stage losing the most is highlighted. */
export function Funnel() {
  const { t, i18n } = useTranslation();
  const doc = useWaymark((s) => s.doc);
  const rows = useMemo(() => (doc ? funnel(doc) : null), [doc]);
  if (!doc || !rows) return null;
  const max = Math.max(0, ...rows.map((r) => r.entering ?? 0));
  if (max === 0) return <p className="hint">{t('metrics.noCounts')}</p>;
  const fmt = new Intl.NumberFormat(i18n.language);
  const worst = rows.worst ? doc.stages.find((s) => s.id === rows.worst) : undefined;
  const worstDrop = rows.find((r) => r.stageId === rows.worst)?.dropOff;
  return (
    <figure className="funnel">
      <svg
        viewBox={`0 0 ${W} ${rows.length * ROW}`}
        width={W}
        height={rows.length * ROW}
        role="img"
        aria-label={t('metrics.funnelLabel')}
      >
        {rows.map((r, i) => {
          const w = r.entering === null ? 0 : Math.max(4, (r.entering / max) * (W - 8));
          const isWorst = r.stageId === rows.worst;
          return (
            <g key={r.stageId} data-stage-id={r.stageId} className={isWorst ? 'funnel-worst' : ''}>
              <rect x={(W - w) / 2} y={i * ROW + 3} width={w} height={ROW - 8} rx={4} className="funnel-bar" />
              <text x={W / 2} y={i * ROW + ROW / 2 + 2} textAnchor="middle" className="funnel-label">
                {`${doc.stages[i]?.name ?? ''}${r.entering === null ? '' : ` · ${fmt.format(r.entering)}`}`}
              </text>
            </g>
          );
        })}
      </svg>
      {worst && worstDrop !== null && worstDrop !== undefined && (
        <figcaption className="funnel-worst-text">
          {t('metrics.biggestDrop', { stage: worst.name, value: fmt.format(worstDrop) })}
        </figcaption>
      )}
    </figure>
  );
}
