import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { StageNode } from '../buildNodes';

export const StageHeaderNode = memo(function StageHeaderNode({ data }: NodeProps<StageNode>) {
  return (
    <div className="stage-header" role="columnheader">
      <span className="stage-index">{data.index + 1}</span>
      <span className="stage-name">{data.name}</span>
    </div>
  );
});
