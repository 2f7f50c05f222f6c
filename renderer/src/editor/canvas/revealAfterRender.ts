import type { MapLayout } from '../../../../shared/layout/computeLayout';
import type { Services } from '../../services/Services';

type Box = { x: number; y: number; width: number; height: number };

/**
 * Brings something just added (a stage, a lane) into view once the canvas has laid it out, so
 * it never appears off-screen where the person cannot see it was added.
 */
export function revealAfterRender(
  { canvas, layout }: Pick<Services, 'canvas' | 'layout'>,
  find: (layout: MapLayout) => Box | null,
): void {
  // Two frames: one for the store update to render, one for the layout holder to be set.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const l = layout.get();
      const box = l ? find(l) : null;
      if (box) canvas.get()?.reveal(box);
    }),
  );
}
