import type { Node } from '@xyflow/react';
import type { MapLayout } from '../../../shared/layout/computeLayout';
import { METRICS } from '../../../shared/layout/metrics';
import type { JourneyMap } from '../../../shared/model/types';

export type StageNode = Node<{ name: string; index: number }, 'stage'>;
export type LaneLabelNode = Node<{ name: string; laneType: string }, 'laneLabel'>;
export type CellNode = Node<{ stageId: string; laneId: string; label: string }, 'cell'>;
export type CardNode = Node<{ cardId: string }, 'card'>;
export type EmotionNode = Node<{ laneId: string; layout: MapLayout }, 'emotion'>;
export type LineNode = Node<{ label: string }, 'line'>;
export type MapNode = StageNode | LaneLabelNode | CellNode | CardNode | EmotionNode | LineNode;

const fixed = { draggable: false, connectable: false, selectable: false, focusable: false } as const;
// React Flow turns pointer events off on nodes it considers inert; these handle their own clicks.
const interactive = { pointerEvents: 'all' } as const;

/** React Flow nodes derived from the document through shared/layout; never stored. */
export function buildNodes(doc: JourneyMap, layout: MapLayout): MapNode[] {
  const nodes: MapNode[] = [];
  const stageNames = new Map(doc.stages.map((s) => [s.id, s.name]));
  const laneNames = new Map(doc.lanes.map((l) => [l.id, l.name]));
  const gridWidth = layout.width - METRICS.laneLabelWidth;

  for (const s of layout.stages) {
    nodes.push({
      ...fixed,
      id: `stage:${s.id}`,
      type: 'stage',
      position: { x: s.x, y: 0 },
      width: s.width,
      height: METRICS.headerHeight,
      data: { name: stageNames.get(s.id) ?? '', index: s.index },
    });
  }
  for (const l of layout.lanes) {
    nodes.push({
      ...fixed,
      id: `lane:${l.id}`,
      type: 'laneLabel',
      position: { x: 0, y: l.y },
      width: METRICS.laneLabelWidth,
      height: l.height,
      data: { name: l.lane.name, laneType: l.lane.type },
    });
    if (l.lane.type === 'line')
      nodes.push({
        ...fixed,
        id: `line:${l.id}`,
        type: 'line',
        position: { x: METRICS.laneLabelWidth, y: l.y },
        width: gridWidth,
        height: l.height,
        data: { label: l.lane.name },
      });
    if (l.lane.type === 'emotion')
      nodes.push({
        ...fixed,
        id: `emotion:${l.id}`,
        type: 'emotion',
        style: interactive,
        position: { x: METRICS.laneLabelWidth, y: l.y },
        width: gridWidth,
        height: l.height,
        data: { laneId: l.id, layout },
      });
  }
  for (const c of layout.cells) {
    nodes.push({
      ...fixed,
      id: `cell:${c.laneId}:${c.stageId}`,
      type: 'cell',
      style: interactive,
      position: { x: c.x, y: c.y },
      width: c.width,
      height: c.height,
      zIndex: 0,
      data: {
        stageId: c.stageId,
        laneId: c.laneId,
        label: `${stageNames.get(c.stageId) ?? ''} · ${laneNames.get(c.laneId) ?? ''}`,
      },
    });
  }
  for (const c of layout.cards) {
    nodes.push({
      ...fixed,
      id: c.id,
      type: 'card',
      style: interactive,
      position: { x: c.x, y: c.y },
      width: c.width,
      height: c.height,
      zIndex: 2,
      focusable: true,
      data: { cardId: c.id },
    });
  }
  return nodes;
}
