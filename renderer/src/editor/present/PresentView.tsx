import { PersonaLegend } from '../persona/PersonaLegend';
import { useReactFlow, useStore as useFlowStore, ViewportPortal, type Viewport } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapLayout } from '../../../../shared/layout/computeLayout';
import { useWaymark } from '../../services/ServicesContext';
import { isTextEntry } from './isTextEntry';
import { LABEL_WIDTH, spotlightView, type SpotlightView } from './presentGeometry';

/**
 * Inside the canvas while presenting. Spotlight: the current stage's column (laid out compactly
 * by useMapLayout) scaled to the screen beside readable lane labels, or, when it cannot fit at
 * 24 px card text, shown a group of whole lanes at a time (Up / Down) with a note saying what
 * is below. Whole map: fitted, the current stage outlined. The editor's view before presenting
 * is put back exactly when the presentation ends.
 */
export function PresentView({ layout }: { layout: MapLayout }) {
  const { t } = useTranslation();
  const flow = useReactFlow();
  const present = useWaymark((s) => s.present);
  const stage = present ? layout.stages[present.stage] : undefined;
  const paneWidth = useFlowStore((s) => s.width);
  const paneHeight = useFlowStore((s) => s.height);
  // The lane group shown belongs to one stage and view: another stage starts from the top.
  const groupKey = present ? `${present.stage}:${present.spotlight}` : '';
  const [group, setGroup] = useState({ key: '', first: 0 });
  const firstLane = group.key === groupKey ? group.first : 0;
  const setFirstLane = (first: number) => setGroup({ key: groupKey, first });
  const before = useRef<Viewport | null>(null);
  const presenting = present !== null;
  const view: SpotlightView | null = useMemo(
    () =>
      present?.spotlight && stage && paneWidth > 0
        ? spotlightView(layout, stage, { width: paneWidth, height: paneHeight }, firstLane)
        : null,
    [present?.spotlight, stage, layout, paneWidth, paneHeight, firstLane],
  );

  // Remember the editor's view on the way in; restore it on the way out.
  useEffect(() => {
    if (presenting) {
      before.current ??= flow.getViewport();
      return;
    }
    if (before.current) void flow.setViewport(before.current, { duration: 0 });
    before.current = null;
  }, [flow, presenting]);

  useEffect(() => {
    if (!present || !stage) return;
    if (view) void flow.setViewport({ x: view.x, y: view.y, zoom: view.zoom }, { duration: 0 });
    else if (!present.spotlight) void flow.fitView({ padding: 0.03, duration: 0 });
  }, [flow, present, stage, view]);

  // Up / Down: the next or previous group of lanes (spotlight), or scroll (whole map).
  useEffect(() => {
    if (!presenting) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
      if (isTextEntry(e.target)) return;
      e.preventDefault();
      e.stopPropagation();
      if (view) {
        const size = Math.max(1, view.endLane - view.firstLane);
        if (e.key === 'ArrowDown' && view.endLane < layout.lanes.length) setFirstLane(view.endLane);
        if (e.key === 'ArrowUp' && view.firstLane > 0) setFirstLane(Math.max(0, view.firstLane - size));
        return;
      }
      const { x, y, zoom } = flow.getViewport();
      const step = window.innerHeight * 0.4 * (e.key === 'ArrowDown' ? -1 : 1);
      void flow.setViewport({ x, y: y + step, zoom });
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
    // setFirstLane only changes with the group key, which `view` already follows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [flow, presenting, view, layout.lanes.length]);

  if (!present || !stage) return null;
  if (!present.spotlight)
    return (
      <ViewportPortal>
        <div
          className="present-outline"
          style={{ left: stage.x, top: 0, width: stage.width, height: layout.height }}
          aria-hidden="true"
        />
      </ViewportPortal>
    );
  const shown = view ? layout.lanes.slice(view.firstLane, view.endLane) : [];
  const below = view ? layout.lanes.length - view.endLane : 0;
  return (
    <>
      <ViewportPortal>
        <div
          className="present-dim"
          style={{ left: -4000, top: -4000, width: stage.x + 4000, height: layout.height + 8000 }}
          aria-hidden="true"
        />
        <div
          className="present-dim"
          style={{ left: stage.x + stage.width, top: -4000, width: layout.width + 4000, height: layout.height + 8000 }}
          aria-hidden="true"
        />
      </ViewportPortal>
      {/* Paged by whole lanes: the next lane is not shown cut at the bottom, it is the next page. */}
      {view && view.endLane < layout.lanes.length && (
        <div
          className="present-below"
          style={{ top: view.y + layout.lanes[view.endLane]!.y * view.zoom }}
          aria-hidden="true"
        />
      )}
      {view && (
        <div className="present-lanes" style={{ width: LABEL_WIDTH }}>
          <div role="list" aria-label={t('present.lanes')}>
            {shown.map((l) => (
              <div
                key={l.id}
                role="listitem"
                className={`present-lane lane-type-${l.lane.type}`}
                style={{ top: view.y + l.y * view.zoom, height: l.height * view.zoom }}
              >
                {l.lane.name}
                {l.lane.type === 'emotion' && <PersonaLegend />}
              </div>
            ))}
          </div>
          {(view.firstLane > 0 || below > 0) && (
            <p className="present-more" role="status">
              {t('present.laneGroup', {
                from: view.firstLane + 1,
                to: view.endLane,
                total: layout.lanes.length,
              })}
              {below > 0 ? ` ${t('present.moreBelow')}` : ` ${t('present.moreAbove')}`}
            </p>
          )}
        </div>
      )}
    </>
  );
}
