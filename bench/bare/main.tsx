/// <reference types="vite/client" />
// The baseline: a bare React Flow page with N plain text nodes laid out like a journey map's
// cards, configured like Waymark's canvas (wheel pans, ctrl+wheel zooms); or the same cards as
// plain elements.
import '@xyflow/react/dist/style.css';
import { ReactFlow, type Node } from '@xyflow/react';
import { createRoot } from 'react-dom/client';

const params = new URLSearchParams(location.search);
const count = Number(params.get('nodes') ?? 1000);
const texts = JSON.parse(decodeURIComponent(params.get('texts') ?? '%5B%5D')) as string[];
const perRow = Math.ceil(Math.sqrt(count * 2));
const nodes: Node[] = Array.from({ length: count }, (_, i) => ({
  id: `n${i}`,
  position: { x: (i % perRow) * 260, y: Math.floor(i / perRow) * 110 },
  data: { label: texts[i % Math.max(1, texts.length)] ?? `Node ${i}` },
  style: { width: 236, fontSize: 14, textAlign: 'left' },
}));

function Bare() {
  return (
    <ReactFlow
      defaultNodes={nodes}
      fitView
      fitViewOptions={{ maxZoom: 1, padding: 0.04 }}
      minZoom={0.1}
      panOnScroll
      proOptions={{ hideAttribution: true }}
    />
  );
}

/**
 * `?mode=dom`: the memory floor, the same cards as plain positioned elements (no React, no
 * React Flow), as a page that only shows them would hold them.
 */
function plainDom() {
  const root = document.getElementById('root')!;
  root.style.cssText = 'position:relative;overflow:auto;height:100vh';
  for (const node of nodes) {
    const card = document.createElement('div');
    card.className = 'plain-card';
    card.textContent = String(node.data.label);
    card.style.cssText = `position:absolute;left:${node.position.x}px;top:${node.position.y}px;width:236px;font-size:14px`;
    root.append(card);
  }
}

if (params.get('mode') === 'dom') plainDom();
else createRoot(document.getElementById('root')!).render(<Bare />);
