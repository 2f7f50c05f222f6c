import { Trans, useTranslation } from 'react-i18next';
import { smoothPath } from '../../../shared/layout/curve';
import { EMOTION_MAX, EMOTION_MIN } from '../../../shared/model/constants';
import type { EmotionComparison } from '../../../shared/model/compareMaps';

const COL = 150;
const AXIS = 28;
const H = 220;
const TOP = 30;
const BOTTOM = 40;

/** Both emotion curves on one chart, with the change per stage written under each column. */
export function EmotionCompareChart({ emotions }: { emotions: EmotionComparison[] }) {
  const { t } = useTranslation();
  const width = AXIS + Math.max(1, emotions.length) * COL;
  const y = (score: number) => TOP + ((EMOTION_MAX - score) / (EMOTION_MAX - EMOTION_MIN)) * (H - TOP - BOTTOM);
  const x = (i: number) => AXIS + i * COL + COL / 2;
  const curve = (pick: (e: EmotionComparison) => number | null) =>
    smoothPath(
      emotions.flatMap((e, i) => {
        const v = pick(e);
        return v === null ? [] : [{ x: x(i), y: y(v) }];
      }),
    );
  const sign = (d: number) => (d > 0 ? `+${d}` : d < 0 ? `−${-d}` : '±0');
  return (
    <figure className="emotion-compare">
      <figcaption>
        <Trans
          i18nKey="compare.curveTitle"
          components={[<span key="b" className="legend-before" />, <span key="a" className="legend-after" />]}
        />
      </figcaption>
      <svg viewBox={`0 0 ${width} ${H}`} width={width} height={H} role="img" aria-label={t('compare.curves')}>
        {[-3, 0, 3].map((s) => (
          <g key={s}>
            <line x1={AXIS} x2={width} y1={y(s)} y2={y(s)} className={s === 0 ? 'axis zero' : 'axis'} />
            <text x={AXIS - 6} y={y(s) + 4} textAnchor="end" className="axis-label">
              {s > 0 ? `+${s}` : s < 0 ? `−${-s}` : '0'}
            </text>
          </g>
        ))}
        <path d={curve((e) => e.before)} className="curve-before" />
        <path d={curve((e) => e.after)} className="curve-after" />
        {emotions.map((e, i) => (
          <g key={e.stageId}>
            {e.before !== null && <circle cx={x(i)} cy={y(e.before)} r={5} className="dot-before" />}
            {e.after !== null && <circle cx={x(i)} cy={y(e.after)} r={6} className="dot-after" />}
            <text x={x(i)} y={H - 22} textAnchor="middle" className="stage-name">
              {e.stageName.length > 22 ? `${e.stageName.slice(0, 21)}…` : e.stageName}
            </text>
            <text
              x={x(i)}
              y={H - 6}
              textAnchor="middle"
              className={`delta ${e.delta === null ? '' : e.delta > 0 ? 'up' : e.delta < 0 ? 'down' : 'flat'}`}
              data-stage-id={e.stageId}
            >
              {e.delta === null ? '—' : sign(e.delta)}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
