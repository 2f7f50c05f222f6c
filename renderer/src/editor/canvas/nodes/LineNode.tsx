import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { LineNode as LineNodeType } from '../buildNodes';

/** A service-blueprint line: part of the grid, drawn between its lanes. */
export const LineNode = memo(function LineNode({ data }: NodeProps<LineNodeType>) {
  return (
    <div className="blueprint-line" aria-label={data.label} role="separator">
      <span className="blueprint-line-rule" />
    </div>
  );
});
