import { useTranslation } from 'react-i18next';
import { useDarkTheme } from '../../ui/useDarkTheme';
import { useReactFlow, useStore as useFlowStore } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { MapLayout } from '../../../../shared/layout/computeLayout';
import { METRICS } from '../../../../shared/layout/metrics';
import type { JourneyMap } from '../../../../shared/model/types';
import { cardStyle } from '../../../../shared/render/cardStyle';

const W = 200;
const H = 130;
const PAD = 6;

/**
 * A small overview of the whole map with the visible area outlined; click or drag in it to
 * move the view. Drawn once per layout into a canvas, so panning only moves the outline
 * (React Flow's SVG minimap re-rasterised every card on every frame of a pan).
 */
export function Overview({ doc, layout }: { doc: JourneyMap; layout: MapLayout }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { t } = useTranslation();
  const flow = useReactFlow();
  const [tx, ty, zoom] = useFlowStore((s) => s.transform);
  const viewW = useFlowStore((s) => s.width);
  const viewH = useFlowStore((s) => s.height);
  // The overview is drawn, not styled: it follows the theme by hand.
  const dark = useDarkTheme();
  const scale = Math.min((W - 2 * PAD) / layout.width, (H - 2 * PAD) / (layout.height + 40));
  // With the whole map in view there is nothing to navigate to: the overview steps aside
  // instead of covering the last lane.
  const whole = tx >= -1 && ty >= -1 && tx + layout.width * zoom <= viewW + 1 && ty + layout.height * zoom <= viewH + 1;

  useEffect(() => {
    if (whole) return;
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    const dpr = window.devicePixelRatio || 1;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, W, H);
    ctx.translate(PAD, PAD);
    ctx.scale(scale, scale);
    ctx.fillStyle = '#1f3a7a';
    ctx.fillRect(METRICS.laneLabelWidth, 0, layout.width - METRICS.laneLabelWidth, METRICS.headerHeight);
    for (const l of layout.lanes) {
      const fill = dark
        ? { emotion: '#2a2416', line: '#241c33', other: '#1c2430' }
        : { emotion: '#fff3d6', line: '#efe7fb', other: '#eef1f6' };
      ctx.fillStyle = l.lane.type === 'emotion' ? fill.emotion : l.lane.type === 'line' ? fill.line : fill.other;
      ctx.fillRect(0, l.y, layout.width, l.height - 1 / scale);
    }
    const types = new Map(doc.cards.map((c) => [c.id, c.type]));
    for (const c of layout.cards) {
      const type = types.get(c.id);
      ctx.fillStyle = type ? cardStyle({ type }).bar : '#64748b';
      ctx.fillRect(c.x, c.y, c.width, c.height);
    }
  }, [doc, layout, scale, dark, whole]);

  const view = {
    left: PAD + (-tx / zoom) * scale,
    top: PAD + (-ty / zoom) * scale,
    width: (viewW / zoom) * scale,
    height: (viewH / zoom) * scale,
  };

  const moveTo = (e: React.PointerEvent<HTMLDivElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const x = (e.clientX - r.left - PAD) / scale;
    const y = (e.clientY - r.top - PAD) / scale;
    void flow.setCenter(x, y, { zoom });
  };

  if (whole) return null;
  return (
    <div
      className="overview nodrag nopan"
      aria-label={t('editor.overview')}
      role="group"
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        moveTo(e);
      }}
      onPointerMove={(e) => {
        if (e.currentTarget.hasPointerCapture(e.pointerId)) moveTo(e);
      }}
    >
      <canvas
        ref={canvas}
        width={W * (window.devicePixelRatio || 1)}
        height={H * (window.devicePixelRatio || 1)}
        style={{ width: W, height: H }}
      />
      <div className="overview-view" style={view} />
    </div>
  );
}
