// Where a page's JS heap goes: a heap snapshot's self sizes summed by what holds them (React's
// fibres, the shared Yjs document, DOM wrappers, strings, compiled code…), grouped by the
// constructor names V8 records. A summary by kind, not a full retainer analysis.
import type { Page } from '@playwright/test';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

/** Which kind a heap object belongs to, by its V8 type and constructor name; first match wins. */
const KINDS: [string, (type: string, name: string) => boolean][] = [
  ['React fibres and hooks', (_t, n) => n === 'FiberNode' || n === 'FiberRootNode'],
  [
    'shared document (Yjs)',
    (_t, n) =>
      /^(Item|Content(String|Any|Type|Format|Deleted|Embed|Binary|Doc|JSON)|YMap|YArray|YText|ID|StructStore|GC|Doc|Transaction|UndoManager|StackItem|DeleteSet|DeleteItem)$/.test(
        n,
      ),
  ],
  [
    'DOM wrappers',
    (_t, n) => /^(HTML|SVG)\w*Element$|^(Text|Comment|Attr|CSSStyleDeclaration|DOMRect\w*|NodeList|Event\w*)$/.test(n),
  ],
  ['strings', (t) => t === 'string' || t === 'concatenated string' || t === 'sliced string'],
  ['code and closures', (t) => t === 'code' || t === 'closure'],
  ['arrays', (t, n) => t === 'array' || n === 'Array'],
  ['Maps and Sets', (_t, n) => n === 'Map' || n === 'Set' || n === 'WeakMap'],
  ['plain objects', (t, n) => t === 'object' && n === 'Object'],
  ['other objects', (t) => t === 'object'],
  ['engine internals', () => true],
];

export async function heapByKind(page: Page): Promise<{ kind: string; mb: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  let json = '';
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => (json += chunk));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const snap = JSON.parse(json) as Snapshot;
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [
    number,
    number,
    number,
  ];
  const totals = new Map<string, number>();
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const type = types[snap.nodes[i + typeAt]!]!;
    const name = snap.strings[snap.nodes[i + nameAt]!]!;
    const kind = KINDS.find(([, test]) => test(type, name))![0];
    totals.set(kind, (totals.get(kind) ?? 0) + snap.nodes[i + sizeAt]!);
  }
  return KINDS.map(([kind]) => ({ kind, mb: (totals.get(kind) ?? 0) / 1024 / 1024 }));
}
