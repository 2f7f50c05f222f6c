import type PptxGenJS from 'pptxgenjs';
import { faceGeometry } from '../../../../shared/layout/face';
import { PATH_SHAPE, hex } from './slideStyle';

/**
 * The canvas's emotion face as native shapes (a circle, two eyes, a curved mouth), centred on
 * (cx, cy) with radius r in inches: the same geometry as on screen, no emoji font needed.
 */
export function drawFace(slide: PptxGenJS.Slide, score: number, cx: number, cy: number, r: number): void {
  const f = faceGeometry(score, r);
  slide.addShape('ellipse', {
    x: cx - r,
    y: cy - r,
    w: 2 * r,
    h: 2 * r,
    fill: { color: hex(f.fill) },
    line: { color: hex(f.stroke), width: 1 },
  });
  for (const e of f.eyes)
    slide.addShape('ellipse', {
      x: cx + e.x - f.eyeRadius,
      y: cy + e.y - f.eyeRadius,
      w: 2 * f.eyeRadius,
      h: 2 * f.eyeRadius,
      fill: { color: hex(f.stroke) },
      line: { type: 'none' },
    });
  // The mouth "M x0,y Q 0,yc x1,y" as a quadratic curve in a box around it.
  const [x0, y0, qx, qy, x1] = (f.mouth.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const top = Math.min(y0, qy);
  const h = Math.max(0.005, Math.abs(qy - y0));
  slide.addShape(PATH_SHAPE, {
    x: cx + x0,
    y: cy + top,
    w: x1 - x0,
    h,
    points: [
      { x: 0, y: y0 - top, moveTo: true },
      { x: x1 - x0, y: y0 - top, curve: { type: 'quadratic', x1: qx - x0, y1: qy - top } },
    ],
    line: { color: hex(f.stroke), width: 1.25 },
  });
}
