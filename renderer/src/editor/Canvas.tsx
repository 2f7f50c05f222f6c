import { Background, Controls, ReactFlow } from '@xyflow/react';
import { useMemo } from 'react';
import { computeLayout, estimateCardHeight } from '../../../shared/layout';
import { useWaymark } from '../app/ServicesContext';
import { buildNodes } from './buildNodes';
import { nodeTypes } from './nodes/nodeTypes';

export function Canvas() {
  const doc = useWaymark((s) => s.doc);
  const heights = useWaymark((s) => s.cardHeights);
  const nodes = useMemo(() => {
    if (!doc) return [];
    const layout = computeLayout(doc, (card, width) => {
      const measured = heights[card.id];
      const estimate = estimateCardHeight(card.text, width);
      return measured && Math.abs(measured.width - width) < 1 ? measured.height : estimate;
    });
    return buildNodes(doc, layout);
  }, [doc, heights]);

  return (
    <div className="canvas" aria-label="Journey map canvas">
      <ReactFlow
        nodes={nodes}
        edges={[]}
        nodeTypes={nodeTypes}
        fitView
        fitViewOptions={{ maxZoom: 1, padding: 0.04 }}
        minZoom={0.1}
        maxZoom={2.5}
        zoomOnDoubleClick={false}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        deleteKeyCode={null}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} size={1} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
