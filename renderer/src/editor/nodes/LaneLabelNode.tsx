import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { LaneLabelNode as LaneLabelNodeType } from '../buildNodes';

export const LaneLabelNode = memo(function LaneLabelNode({ data }: NodeProps<LaneLabelNodeType>) {
  return (
    <div className={`lane-label lane-label-${data.laneType}`} role="rowheader">
      {data.name}
    </div>
  );
});
