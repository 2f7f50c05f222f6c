import type { Item } from './display/types';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A generous bounding box of a display item (text width estimated), for culling and banding. */
export function bbox(i: Item): Box {
  switch (i.kind) {
    case 'rect':
    case 'image':
      return { x0: i.x, y0: i.y, x1: i.x + i.w, y1: i.y + i.h };
    case 'line':
      return { x0: Math.min(i.x1, i.x2), y0: Math.min(i.y1, i.y2), x1: Math.max(i.x1, i.x2), y1: Math.max(i.y1, i.y2) };
    case 'text':
      return { x0: i.x, y0: i.y - i.size, x1: i.x + i.text.length * i.size * 0.62, y1: i.y + i.size * 0.3 };
    case 'circle':
      return { x0: i.cx - i.r, y0: i.cy - i.r, x1: i.cx + i.r, y1: i.cy + i.r };
    case 'path': {
      const nums = (i.d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
      const xs = nums.filter((_, k) => k % 2 === 0);
      const ys = nums.filter((_, k) => k % 2 === 1);
      return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
    }
  }
}

export const intersects = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
