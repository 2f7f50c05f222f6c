import type { NodeTypes } from '@xyflow/react';
import { AddLaneNode } from './AddLaneNode';
import { AddStageNode } from './AddStageNode';
import { CardNode } from './CardNode';
import { CellNode } from './CellNode';
import { EmotionLaneNode } from './EmotionLaneNode';
import { LaneLabelNode } from './LaneLabelNode';
import { LineNode } from './LineNode';
import { MetricsLaneNode } from './MetricsLaneNode';
import { StageHeaderNode } from './StageHeaderNode';
import { StepBandNode } from './StepHeaders';

// Declared once at module level: a new object per render would remount every node.
export const nodeTypes: NodeTypes = {
  stage: StageHeaderNode,
  laneLabel: LaneLabelNode,
  cell: CellNode,
  card: CardNode,
  emotion: EmotionLaneNode,
  line: LineNode,
  metrics: MetricsLaneNode,
  addStage: AddStageNode,
  addLane: AddLaneNode,
  steps: StepBandNode,
};
