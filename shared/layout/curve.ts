export interface Point {
  x: number;
  y: number;
}

/**
 * A smooth SVG path through points (Catmull-Rom turned into cubic Béziers). Shared by the
 * canvas and the exporters so the emotion curve looks the same everywhere.
 */
export function smoothPath(points: readonly Point[], tension = 0.5): string {
  if (points.length === 0) return '';
  const f = (n: number) => Math.round(n * 100) / 100;
  if (points.length === 1) return `M${f(points[0]!.x)},${f(points[0]!.y)}`;
  let d = `M${f(points[0]!.x)},${f(points[0]!.y)}`;
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1] ?? points[i]!;
    const p1 = points[i]!;
    const p2 = points[i + 1]!;
    const p3 = points[i + 2] ?? p2;
    const k = tension / 3;
    const c1 = { x: p1.x + (p2.x - p0.x) * k, y: p1.y + (p2.y - p0.y) * k };
    const c2 = { x: p2.x - (p3.x - p1.x) * k, y: p2.y - (p3.y - p1.y) * k };
    d += ` C${f(c1.x)},${f(c1.y)} ${f(c2.x)},${f(c2.y)} ${f(p2.x)},${f(p2.y)}`;
  }
  return d;
}
