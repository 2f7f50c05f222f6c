import type { PersonaColour } from '../../../../shared/model/constants';
import type { Edge, Node } from '@xyflow/react';
import { MarkerType } from '@xyflow/react';
import type { MapLayout } from '../../../../shared/layout/computeLayout';
import { METRICS } from '../../../../shared/layout/metrics';
import { connectorSides, routeConnector, type ConnectorSides } from '../../../../shared/layout/connectorRoute';
import type { Point } from '../../../../shared/layout/curve';
import type { Card, JourneyMap, Step } from '../../../../shared/model/types';

export type StageNode = Node<
  {
    stageId: string;
    name: string;
    index: number;
    count: number;
    /** The map this stage opens into, or null. */
    detail: string | null;
    /** How far the header may slide down to stay in view when the map is scrolled down. */
    span: number;
  },
  'stage'
>;
export type LaneLabelNode = Node<
  {
    laneId: string;
    name: string;
    laneType: string;
    collapsed: boolean;
    index: number;
    count: number;
    /** How far the label may slide right to stay in view when the map is scrolled sideways. */
    span: number;
  },
  'laneLabel'
>;
export type StepBandNode = Node<
  {
    stageId: string;
    stageName: string;
    steps: { id: string; name: string; width: number }[];
    span: number;
  },
  'steps'
>;
export type CellNode = Node<
  {
    stageId: string;
    laneId: string;
    label: string;
    empty: boolean;
    /** Where the stage's steps divide the cell, from its left edge. */
    dividers?: number[];
  },
  'cell'
>;
export type CardNode = Node<
  {
    card: Card;
    language: JourneyMap['language'];
    flag?: string;
    /** The card has a connector to or from a card above or below it: it needs top/bottom handles. */
    vertical?: true;
  },
  'card'
>;
export type EmotionNode = Node<
  {
    laneId: string;
    stages: {
      id: string;
      name: string;
      x: number;
      width: number;
      /** The stage's steps, each with the main persona's point there (null: none yet). */
      steps: { id: string; name: string; x: number; width: number; emotion: Step['emotion'] }[];
    }[];
    points: { stageId: string; score: number; label: string; x: number; y: number }[];
    /** The other personas' curves (their colours; names come from the legend). */
    curves: {
      id: string;
      colour: PersonaColour;
      points: { stageId: string; score: number; label: string; x: number; y: number }[];
    }[];
  },
  'emotion'
>;
export type LineNode = Node<{ label: string }, 'line'>;
export type MetricsLaneNode = Node<{ stages: { id: string; x: number; width: number }[] }, 'metrics'>;
export type AddStageNode = Node<Record<string, never>, 'addStage'>;
export type AddLaneNode = Node<Record<string, never>, 'addLane'>;
export type MapNode =
  | StageNode
  | LaneLabelNode
  | CellNode
  | StepBandNode
  | CardNode
  | EmotionNode
  | LineNode
  | MetricsLaneNode
  | AddStageNode
  | AddLaneNode;

const fixed = { draggable: false, connectable: false, selectable: false, focusable: false } as const;
// React Flow turns pointer events off on nodes it considers inert; these handle their own input.
const interactive = { pointerEvents: 'all' } as const;

/** What a lane draws across the stages, beside its label: a line, the metrics band or the emotion curve. */
function laneBand(
  l: MapLayout['lanes'][number],
  layout: MapLayout,
  stageNames: Map<string, string>,
  steps: ReadonlyMap<string, Step>,
): MapNode[] {
  const gridX = METRICS.laneLabelWidth;
  const gridWidth = layout.width - gridX;
  if (l.lane.type === 'line')
    return [
      {
        ...fixed,
        id: `line:${l.id}`,
        type: 'line',
        position: { x: gridX, y: l.y },
        width: gridWidth,
        height: l.height,
        data: { label: l.lane.name },
      },
    ];
  if (l.lane.type === 'metrics')
    return [
      {
        ...fixed,
        id: `metrics:${l.id}`,
        type: 'metrics',
        style: interactive,
        position: { x: gridX, y: l.y },
        width: gridWidth,
        height: l.height,
        zIndex: 1,
        data: { stages: layout.stages.map((s) => ({ id: s.id, x: s.x - gridX, width: s.width })) },
      },
    ];
  if (l.lane.type === 'emotion')
    return [
      {
        ...fixed,
        id: `emotion:${l.id}`,
        type: 'emotion',
        style: interactive,
        position: { x: gridX, y: l.y },
        width: gridWidth,
        height: l.height,
        zIndex: 1,
        data: {
          laneId: l.id,
          stages: layout.stages.map((s) => ({
            id: s.id,
            name: stageNames.get(s.id) ?? '',
            x: s.x - gridX,
            width: s.width,
            steps: s.steps.map((t) => ({
              id: t.id,
              name: steps.get(t.id)?.name ?? '',
              x: t.x - gridX,
              width: t.width,
              emotion: steps.get(t.id)?.emotion ?? null,
            })),
          })),
          points: (layout.emotion?.points ?? []).map((p) => ({ ...p, x: p.x - gridX, y: p.y - l.y })),
          curves: (layout.emotion?.curves ?? []).map((c) => ({
            ...c,
            points: c.points.map((p) => ({ ...p, x: p.x - gridX, y: p.y - l.y })),
          })),
        },
      },
    ];
  return [];
}

/** React Flow nodes derived from the document through shared/layout; never stored. */
export function buildNodes(
  doc: JourneyMap,
  layout: MapLayout,
  selected: ReadonlySet<string>,
  editingId: string | null,
  /** Cards the blueprint check flags, with the reason. */
  flags: ReadonlyMap<string, string> = new Map(),
): MapNode[] {
  const nodes: MapNode[] = [];
  const stageNames = new Map(doc.stages.map((s) => [s.id, s.name]));
  const stageDetails = new Map(doc.stages.map((s) => [s.id, s.detail]));
  const steps = new Map(doc.stages.flatMap((s) => s.steps.map((t) => [t.id, t] as const)));

  layout.stages.forEach((s) => {
    nodes.push({
      ...fixed,
      id: `stage:${s.id}`,
      type: 'stage',
      style: interactive,
      position: { x: s.x, y: 0 },
      width: s.width,
      height: METRICS.headerHeight,
      // Above cards, connectors and lane labels: scrolled down, the header slides over the rows.
      zIndex: 5,
      data: {
        stageId: s.id,
        name: stageNames.get(s.id) ?? '',
        detail: stageDetails.get(s.id) ?? null,
        index: s.index,
        count: layout.stages.length,
        span: Math.max(0, layout.height - METRICS.headerHeight),
      },
    });
  });
  if (layout.stepBand)
    for (const s of layout.stages) {
      const names = new Map(doc.stages.find((d) => d.id === s.id)?.steps.map((t) => [t.id, t.name]));
      nodes.push({
        ...fixed,
        id: `steps:${s.id}`,
        type: 'steps',
        style: interactive,
        position: { x: s.x, y: METRICS.headerHeight },
        width: s.width,
        height: layout.stepBand,
        zIndex: 5,
        data: {
          stageId: s.id,
          stageName: stageNames.get(s.id) ?? '',
          steps: s.steps.map((t) => ({ id: t.id, name: names.get(t.id) ?? '', width: t.width })),
          span: Math.max(0, layout.height - METRICS.headerHeight - layout.stepBand),
        },
      });
    }
  nodes.push({
    ...fixed,
    id: 'add-stage',
    type: 'addStage',
    style: interactive,
    position: { x: layout.width + 8, y: 8 },
    width: 40,
    height: 40,
    data: {},
  });
  layout.lanes.forEach((l, index) => {
    nodes.push({
      ...fixed,
      id: `lane:${l.id}`,
      type: 'laneLabel',
      style: interactive,
      position: { x: 0, y: l.y },
      width: l.collapsed ? layout.width : METRICS.laneLabelWidth,
      height: l.height,
      // Above cards and connectors: scrolled sideways, the label slides over the columns.
      zIndex: 4,
      data: {
        laneId: l.id,
        name: l.lane.name,
        laneType: l.lane.type,
        collapsed: l.collapsed,
        index,
        count: layout.lanes.length,
        span: Math.max(0, layout.width - METRICS.laneLabelWidth),
      },
    });
    if (l.collapsed) return;
    nodes.push(...laneBand(l, layout, stageNames, steps));
  });
  nodes.push({
    ...fixed,
    id: 'add-lane',
    type: 'addLane',
    style: interactive,
    position: { x: 0, y: layout.height + 8 },
    width: METRICS.laneLabelWidth,
    height: 36,
    data: {},
  });

  const occupied = new Set(doc.cards.map((c) => `${c.laneId}:${c.stageId}`));
  const laneNames = new Map(doc.lanes.map((l) => [l.id, l.name]));
  const stepEdges = new Map(layout.stages.map((s) => [s.id, s.steps.slice(1).map((t) => t.x - s.x)]));
  for (const c of layout.cells) {
    const dividers = stepEdges.get(c.stageId) ?? [];
    nodes.push({
      ...fixed,
      id: `cell:${c.laneId}:${c.stageId}`,
      type: 'cell',
      position: { x: c.x, y: c.y },
      width: c.width,
      height: c.height,
      zIndex: 0,
      data: {
        stageId: c.stageId,
        laneId: c.laneId,
        label: `${stageNames.get(c.stageId) ?? ''} · ${laneNames.get(c.laneId) ?? ''}`,
        empty: !occupied.has(`${c.laneId}:${c.stageId}`),
        ...(dividers.length ? { dividers } : {}),
      },
    });
  }
  const cards = new Map(doc.cards.map((c) => [c.id, c]));
  const vertical = verticalEnds(doc, layout);
  for (const b of layout.cards) {
    nodes.push({
      id: b.id,
      type: 'card',
      style: interactive,
      position: { x: b.x, y: b.y },
      width: b.width,
      height: b.height,
      zIndex: 2,
      draggable: editingId !== b.id,
      selectable: true,
      connectable: true,
      focusable: false,
      selected: selected.has(b.id),
      data: {
        card: cards.get(b.id)!,
        language: doc.language,
        ...(flags.has(b.id) ? { flag: flags.get(b.id)! } : {}),
        ...(vertical.has(b.id) ? { vertical: true as const } : {}),
      },
    });
  }
  return nodes;
}

/**
 * Cards at either end of a top-to-bottom connector. Only they get the extra handles: a handle
 * per side on every card would be thousands of elements React Flow measures on a big map.
 */
function verticalEnds(doc: JourneyMap, layout: MapLayout): Set<string> {
  const ends = new Set<string>();
  if (doc.connectors.length === 0) return ends;
  const boxes = new Map(layout.cards.map((b) => [b.id, b]));
  for (const c of doc.connectors) {
    const a = boxes.get(c.from);
    const b = boxes.get(c.to);
    if (a && b && connectorSides(a, b).from !== 'right') ends.add(c.from).add(c.to);
  }
  return ends;
}

/** React Flow handle ids on CardNode for each side a connector can use. */
const SOURCE_HANDLE = { right: 'out', bottom: 'out-bottom', top: 'out-top' } as const;
const TARGET_HANDLE = { left: 'in', top: 'in-top', bottom: 'in-bottom' } as const;

export interface ConnectorRoute {
  sides: ConnectorSides;
  points: Point[];
}

/**
 * Every connector's route around the cards. Routes depend on the layout and the connectors only,
 * so the canvas computes them once per layout, not again when the selection changes. A card
 * left out of the layout (another stage while one is presented) leaves its arrows out too.
 */
export function routeConnectors(
  connectors: JourneyMap['connectors'],
  layout: MapLayout | null,
): Map<string, ConnectorRoute> {
  const routes = new Map<string, ConnectorRoute>();
  if (!layout) return routes;
  const boxes = new Map(layout.cards.map((b) => [b.id, b]));
  for (const c of connectors) {
    const a = boxes.get(c.from);
    const b = boxes.get(c.to);
    if (a && b) routes.set(c.id, { sides: connectorSides(a, b), points: routeConnector(layout, a, b) });
  }
  return routes;
}

export function buildEdges(
  doc: JourneyMap,
  routes: ReadonlyMap<string, ConnectorRoute>,
  selected: ReadonlySet<string>,
  /** What a screen reader calls a connector, in the interface language. */
  label: string,
): Edge[] {
  return doc.connectors
    .filter((c) => routes.has(c.id))
    .map((c) => {
      const { sides, points } = routes.get(c.id)!;
      return {
        id: c.id,
        source: c.from,
        target: c.to,
        sourceHandle: SOURCE_HANDLE[sides.from],
        targetHandle: TARGET_HANDLE[sides.to],
        type: 'routed',
        data: { points },
        selected: selected.has(c.id),
        zIndex: 3,
        markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18, color: '#334155' },
        ariaLabel: label,
      };
    });
}

function shallowEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => a[k] === b[k]);
}

function sameNode(a: MapNode, b: MapNode): boolean {
  return (
    a.type === b.type &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.width === b.width &&
    a.height === b.height &&
    a.selected === b.selected &&
    a.draggable === b.draggable &&
    shallowEqual(a.data as Record<string, unknown>, b.data as Record<string, unknown>)
  );
}

/**
 * Returns a function that keeps the previous node object wherever nothing about a node changed,
 * so React Flow skips it: typing in one card re-renders that card, not the map.
 */
export function createNodeReuser(): (next: MapNode[]) => MapNode[] {
  let previous = new Map<string, MapNode>();
  return (next) => {
    const kept = next.map((n) => {
      const old = previous.get(n.id);
      return old && sameNode(old, n) ? old : n;
    });
    previous = new Map(kept.map((n) => [n.id, n]));
    return kept;
  };
}
