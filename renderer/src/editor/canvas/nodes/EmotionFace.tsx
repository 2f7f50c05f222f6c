import { faceGeometry } from '../../../../../shared/layout/face';

/** The face of an emotion score, drawn as SVG so it looks the same on every machine and export. */
export function EmotionFace({ score, r = 15 }: { score: number; r?: number }) {
  const f = faceGeometry(score, r);
  return (
    <svg
      width={2 * r + 4}
      height={2 * r + 4}
      viewBox={`${-r - 2} ${-r - 2} ${2 * r + 4} ${2 * r + 4}`}
      aria-hidden="true"
    >
      <circle r={r} fill={f.fill} stroke={f.stroke} strokeWidth={1.5} />
      {f.eyes.map((e, i) => (
        <circle key={i} cx={e.x} cy={e.y} r={f.eyeRadius} fill={f.stroke} />
      ))}
      <path d={f.mouth} fill="none" stroke={f.stroke} strokeWidth={1.8} strokeLinecap="round" />
    </svg>
  );
}
