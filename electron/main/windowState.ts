import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from './files/atomicWrite';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const stateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200).max(20000),
  height: z.number().int().min(200).max(20000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof stateSchema>;

/** The saved window state, or null when there is none or it is not readable. */
export function loadWindowState(file: string): WindowState | null {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveWindowState(file: string, state: WindowState): void {
  try {
    writeFileAtomic(file, JSON.stringify(state));
  } catch {
    // Losing the window position is not worth an error dialog.
  }
}

/** How much of a window must be on a screen for it to count as reachable (its title bar). */
const MIN_VISIBLE = { width: 120, height: 40 };

/**
 * Where the window opens: the saved bounds when a usable part of the window (its top strip,
 * where it is grabbed) is on one of today's screens, else the default size centred by the
 * system. A window saved on a monitor that has since been unplugged must not open off-screen.
 */
export function restoredBounds(
  saved: WindowState | null,
  workAreas: readonly Rect[],
  defaults: { width: number; height: number },
): Partial<Rect> & { width: number; height: number } {
  if (!saved || workAreas.length === 0) return defaults;
  const top: Rect = { x: saved.x, y: saved.y, width: saved.width, height: MIN_VISIBLE.height };
  const visible = workAreas.some((a) => {
    const w = Math.min(top.x + top.width, a.x + a.width) - Math.max(top.x, a.x);
    const h = Math.min(top.y + top.height, a.y + a.height) - Math.max(top.y, a.y);
    return w >= MIN_VISIBLE.width && h >= MIN_VISIBLE.height / 2;
  });
  const largest = workAreas.reduce((a, b) => (a.width * a.height >= b.width * b.height ? a : b));
  const size = { width: Math.min(saved.width, largest.width), height: Math.min(saved.height, largest.height) };
  return visible ? { x: saved.x, y: saved.y, ...size } : size;
}
