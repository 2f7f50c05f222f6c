/**
 * An emotion face drawn as SVG geometry (not an emoji glyph, which depends on installed fonts):
 * the mouth curves up for positive scores and down for negative ones.
 */
export interface FaceGeometry {
  fill: string;
  stroke: string;
  /** Mouth path relative to the face centre, for a face of radius r. */
  mouth: string;
  /** Eye centres relative to the face centre. */
  eyes: [{ x: number; y: number }, { x: number; y: number }];
  eyeRadius: number;
}

const FILLS = ['#f87171', '#fb923c', '#fbbf24', '#e5e7eb', '#a3e635', '#4ade80', '#22c55e'];

export function faceGeometry(score: number, r: number): FaceGeometry {
  const s = Math.max(-3, Math.min(3, Math.round(score)));
  const w = r * 0.5;
  const y = r * 0.3;
  const bend = (s / 3) * r * 0.45;
  const f = (n: number) => Math.round(n * 100) / 100;
  return {
    fill: FILLS[s + 3]!,
    stroke: '#1f2937',
    mouth: `M${f(-w)},${f(y)} Q0,${f(y + bend)} ${f(w)},${f(y)}`,
    eyes: [
      { x: f(-r * 0.35), y: f(-r * 0.2) },
      { x: f(r * 0.35), y: f(-r * 0.2) },
    ],
    eyeRadius: f(r * 0.11),
  };
}
