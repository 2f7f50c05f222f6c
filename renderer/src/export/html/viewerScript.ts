/**
 * The one-file viewer's program. It is embedded as the source text of the functions below, so
 * each must stand alone: no imports and no names from outside; a part reaches another only
 * through its parameters (the bundler renames module-level names, never parameters). The page
 * reads the map from its inert JSON block and draws it with textContent only (no HTML is ever
 * parsed from the map), positions through the CSSOM (which the page's CSP allows), and listens
 * with addEventListener (no inline handlers). SVG (the curve, the connectors) is made element by
 * element with numbers the exporter computed.
 */
import type { ViewerData } from './viewerData';

export type ViewerCard = ViewerData['cards'][number];

type El = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string) => HTMLElementTagNameMap[K];
type Bar = ReturnType<typeof viewerBar>;
type View = ReturnType<typeof viewerPanZoom>;

/** The one element maker: text only, never HTML. */
function viewerEl<K extends keyof HTMLElementTagNameMap>(tag: K, cls = '', text = ''): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text) e.textContent = text;
  return e;
}

/**
 * The bar: title, stage stepping and (folded behind one button on a phone) search, views and
 * zoom, so a 360 px screen keeps one row of controls.
 */
function viewerBar(data: ViewerData, el: El) {
  const w = data.words;
  const bar = el('header', 'bar');
  const main = el('div', 'bar-main');
  const tools = el('div', 'bar-tools');
  tools.id = 'viewer-tools';
  const search = el('input', 'search');
  search.type = 'search';
  search.placeholder = w.search;
  search.setAttribute('aria-label', w.search);
  const count = el('span', 'count');
  count.setAttribute('role', 'status');
  const button = (parent: HTMLElement, label: string, text: string) => {
    const b = el('button', '', text);
    b.type = 'button';
    b.setAttribute('aria-label', label);
    parent.append(b);
    return b;
  };
  main.append(el('h1', '', data.title), el('span', 'kind', data.kind));
  const prev = button(main, w.previous, '‹');
  const next = button(main, w.next, '›');
  const menu = button(main, w.tools, '⋯');
  menu.className = 'menu';
  menu.setAttribute('aria-controls', tools.id);
  menu.setAttribute('aria-expanded', 'false');
  menu.addEventListener('click', () => {
    const open = bar.classList.toggle('open');
    menu.setAttribute('aria-expanded', String(open));
  });
  tools.append(search, count);
  bar.append(main, tools);
  return {
    bar,
    search,
    count,
    prev,
    next,
    whole: button(tools, w.whole, w.whole),
    stages: button(tools, w.stages, w.stages),
    zoomOut: button(tools, w.zoomOut, '−'),
    zoomIn: button(tools, w.zoomIn, '+'),
    fit: button(tools, w.fit, w.fit),
  };
}

/** Who the journey is about, where it happens and what the cards' colours mean, above the map. */
function viewerAbout(data: ViewerData, el: El): HTMLDetailsElement {
  const r = data.report;
  const about = el('details', 'about');
  const summary = el('summary', '', [data.persona.name, data.scenario].filter(Boolean).join(' · ') || r.legend);
  // The columns sit side by side in a box of their own (a <details> does not lay out as flex).
  const body = el('div', 'about-body');
  about.append(summary, body);
  const column = (heading: string) => {
    const c = el('section', 'about-column');
    c.append(el('h2', '', heading));
    body.append(c);
    return c;
  };
  const p = data.persona;
  if (p.name || p.quote || p.goals.length) {
    const c = column(r.persona);
    if (p.photo) {
      const img = el('img', 'photo');
      img.alt = '';
      img.src = p.photo;
      c.append(img);
    }
    c.append(el('p', 'persona-name', p.name));
    if (p.quote) c.append(el('p', 'quote', `“${p.quote}”`));
    const list = (title: string, items: string[]) => {
      if (!items.length) return;
      c.append(el('h3', '', title));
      const ul = el('ul');
      for (const item of items) ul.append(el('li', '', item));
      c.append(ul);
    };
    list(r.goals, p.goals);
    list(r.frustrations, p.frustrations);
  }
  if (data.scenario) column(r.scenario).append(el('p', '', data.scenario));
  if (data.research) {
    const c = column(data.research.title);
    c.append(el('p', '', data.research.lead));
    const ul = el('ul', 'research');
    for (const item of data.research.items) ul.append(el('li', '', item));
    c.append(ul);
  }
  const legend = column(r.legend);
  for (const t of data.legend.types) {
    const item = el('span', 'legend-type', t.label);
    item.style.borderLeftColor = t.colour;
    legend.append(item);
  }
  if (data.legend.evidence.length) {
    legend.append(el('h3', '', r.evidence));
    for (const e of data.legend.evidence) {
      const chip = el('span', 'legend-chip', e.label);
      chip.style.background = e.fill;
      chip.style.color = e.ink;
      legend.append(chip);
    }
  }
  return about;
}

/** A card's details beside the map. */
function viewerDetails(data: ViewerData, el: El, details: HTMLElement, c: ViewerCard, stage: string, lane: string) {
  const w = data.words;
  details.replaceChildren();
  const close = el('button', 'close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', w.close!);
  close.addEventListener('click', () => (details.hidden = true));
  details.append(close, el('h2', '', c.text));
  const rows: [string, string][] = [
    [w.type!, c.type],
    [w.stage!, stage],
    [w.lane!, lane],
    [w.step!, c.step],
    [w.evidence!, c.evidence],
    [w.channel!, c.channel],
    [w.owner!, c.owner],
    [w.tags!, c.tags],
    [w.dots!, c.dots ? String(c.dots) : ''],
    [w.detail!, c.detail],
  ];
  const dl = el('dl');
  for (const [k, v] of rows) if (v) dl.append(el('dt', '', k), el('dd', '', v));
  details.append(dl);
  if (c.research.length) {
    details.append(el('h3', '', data.research?.title ?? ''));
    const ol = el('ul', 'research');
    for (const r of c.research) ol.append(el('li', '', r));
    details.append(ol);
  }
  if (c.comments.length) {
    details.append(el('h3', '', w.comments!));
    const ul = el('ul');
    for (const k of c.comments) ul.append(el('li', '', k));
    details.append(ul);
  }
  details.hidden = false;
}

/** One card: its look as custom properties (the CSSOM), type, picture and text. */
function viewerCard(el: El, c: ViewerCard, onOpen: () => void): HTMLElement {
  const card = el('button', 'card');
  card.type = 'button';
  for (const [name, value] of Object.entries(c.look)) card.style.setProperty(name, value);
  const head = el('span', 'type', c.type + (c.dots ? `  ● ${c.dots}` : ''));
  head.prepend(el('span', 'icon', `${c.icon} `));
  if (c.picture) {
    const img = el('img', 'picture');
    img.alt = '';
    img.src = c.picture;
    card.append(img);
  }
  card.append(head, el('span', 'text', c.text));
  card.addEventListener('click', onOpen);
  return card;
}

/** The emotion curve as SVG across the stage columns: zero line, the smooth path, faces, labels. */
function viewerCurve(data: ViewerData): SVGSVGElement {
  const NS = 'http://www.w3.org/2000/svg';
  const c = data.curve;
  const make = (tag: string, attrs: Record<string, string | number>) => {
    const e = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    return e;
  };
  const svg = make('svg', { width: c.width, height: c.height, viewBox: `0 0 ${c.width} ${c.height}` }) as SVGSVGElement;
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', data.words.emotion);
  svg.append(
    make('line', { x1: 0, y1: c.zero, x2: c.width, y2: c.zero, stroke: '#c9b98f', 'stroke-dasharray': '4 4' }),
  );
  for (const o of c.others) {
    if (o.d) svg.append(make('path', { d: o.d, fill: 'none', stroke: o.ink, 'stroke-width': 2.5 }));
    for (const p of o.dots)
      svg.append(make('circle', { cx: p.x, cy: p.y, r: 5, fill: o.ink, stroke: '#fff', 'stroke-width': 1.5 }));
  }
  if (c.d) svg.append(make('path', { d: c.d, fill: 'none', stroke: '#d97706', 'stroke-width': 3 }));
  for (const f of c.faces) {
    svg.append(make('circle', { cx: f.x, cy: f.y, r: f.r, fill: f.fill, stroke: f.stroke, 'stroke-width': 1.5 }));
    for (const e of f.eyes) svg.append(make('circle', { cx: e.x, cy: e.y, r: f.eyeR, fill: f.stroke }));
    svg.append(make('path', { d: f.mouth, fill: 'none', stroke: f.stroke, 'stroke-width': 1.8 }));
    if (!f.label) continue;
    const label = make('text', {
      x: f.x,
      y: f.labelY,
      'text-anchor': 'middle',
      'font-size': 12,
      'font-weight': 700,
      fill: '#78350f',
    });
    label.textContent = f.label;
    svg.append(label);
  }
  return svg;
}

/**
 * The grid: the about block, stages across, lanes down (a cell's cards stacked), the curve in
 * its band and the blueprint's lines across. Returns each card's element.
 */
function viewerBoard(
  data: ViewerData,
  el: El,
  board: HTMLElement,
  parts: { about: HTMLElement; curve: SVGSVGElement },
  card: (c: ViewerCard, stage: string, lane: string) => HTMLElement,
): Map<string, HTMLElement> {
  board.append(parts.about, el('div', 'corner'));
  data.stages.forEach((s, i) => {
    const head = el('div', 'stage', `${i + 1}  ${s.name}`);
    // A stage that opens into a detail journey names it (the viewer opens no other file).
    if (s.detail) head.title = `${data.words.detail!}: ${s.detail}`;
    head.dataset.stage = s.id;
    board.append(head);
  });
  const cardEls = new Map<string, HTMLElement>();
  for (const lane of data.lanes) {
    if (lane.kind === 'line') {
      const line = el('div', 'line-row', lane.name);
      line.setAttribute('role', 'separator');
      line.setAttribute('aria-label', lane.name);
      board.append(line);
      continue;
    }
    const label = el('div', lane.kind === 'emotion' ? 'lane emotion-lane' : 'lane', lane.name);
    board.append(label);
    if (lane.kind === 'emotion') {
      // Each persona's colour and name under the lane's, when the map compares several.
      for (const p of data.curve.legend) {
        const entry = el('div', 'persona-key', p.name);
        entry.style.setProperty('--ink', p.ink);
        label.append(entry);
      }
      // The whole map shows the curve; one stage at a time shows that stage's feeling.
      const band = el('div', 'curve-cell');
      band.append(parts.curve);
      board.append(band);
    }
    for (const s of data.stages) {
      const cell = el('div', lane.kind === 'emotion' ? 'cell feeling-cell' : 'cell');
      cell.dataset.stage = s.id;
      const e = lane.kind === 'emotion' ? data.emotions.find((x) => x.stageId === s.id) : undefined;
      if (e) cell.append(el('div', 'feeling', `${e.score > 0 ? '+' : ''}${e.score} ${e.label}`.trim()));
      for (const c of data.cards.filter((x) => x.laneId === lane.id && x.stageId === s.id)) {
        const shown = card(c, s.name, lane.name);
        cardEls.set(c.id, shown);
        cell.append(shown);
      }
      board.append(cell);
    }
  }
  return cardEls;
}

/**
 * Connectors as SVG over the board, redrawn whenever the grid changes: out of the source card's
 * side, along the column gutter, across on the target row's top edge, into the target's side,
 * so a line never runs over a card's text; an arrowhead at the target.
 */
function viewerLinks(data: ViewerData, board: HTMLElement, cardEls: Map<string, HTMLElement>) {
  const NS = 'http://www.w3.org/2000/svg';
  const layer = document.createElementNS(NS, 'svg');
  layer.setAttribute('class', 'links');
  layer.setAttribute('aria-hidden', 'true');
  board.append(layer);
  const box = (e: HTMLElement) => ({ x: e.offsetLeft, y: e.offsetTop, w: e.offsetWidth, h: e.offsetHeight });
  const draw = () => {
    layer.replaceChildren();
    layer.setAttribute('width', String(board.scrollWidth));
    layer.setAttribute('height', String(board.scrollHeight));
    for (const link of data.connectors) {
      const from = cardEls.get(link.from);
      const to = cardEls.get(link.to);
      // Both ends on screen (one stage at a time hides the others).
      if (!from || !to || !from.offsetParent || !to.offsetParent) continue;
      const a = box(from);
      const b = box(to);
      const ca = box(from.parentElement!);
      const cb = box(to.parentElement!);
      const ay = a.y + a.h / 2;
      const by = b.y + b.h / 2;
      let pts: [number, number][];
      if (b.x >= a.x + a.w - 1) {
        const g1 = ca.x + ca.w;
        const g2 = cb.x;
        pts =
          g2 - g1 < 2
            ? [
                [a.x + a.w, ay],
                [g1, ay],
                [g1, by],
                [b.x, by],
              ]
            : [
                [a.x + a.w, ay],
                [g1, ay],
                [g1, cb.y],
                [g2, cb.y],
                [g2, by],
                [b.x, by],
              ];
      } else if (b.x + b.w <= a.x + 1) {
        const g1 = ca.x;
        const g2 = cb.x + cb.w;
        pts =
          g1 - g2 < 2
            ? [
                [a.x, ay],
                [g1, ay],
                [g1, by],
                [b.x + b.w, by],
              ]
            : [
                [a.x, ay],
                [g1, ay],
                [g1, cb.y],
                [g2, cb.y],
                [g2, by],
                [b.x + b.w, by],
              ];
      } else {
        // One column: straight down (or up) when no card sits between, else down its right gutter.
        const [top, bottom] = b.y > a.y ? [a, b] : [b, a];
        const between = [...cardEls.values()].some((e) => {
          if (e === from || e === to || !e.offsetParent) return false;
          const c = box(e);
          return c.x < a.x + a.w && c.x + c.w > a.x && c.y >= top.y + top.h && c.y + c.h <= bottom.y;
        });
        const g = Math.max(ca.x + ca.w, cb.x + cb.w) - 3;
        const cx = a.x + a.w / 2;
        pts = between
          ? [
              [a.x + a.w, ay],
              [g, ay],
              [g, by],
              [b.x + b.w, by],
            ]
          : b.y > a.y
            ? [
                [cx, a.y + a.h],
                [cx, b.y],
              ]
            : [
                [cx, a.y],
                [cx, b.y + b.h],
              ];
      }
      const [tx, ty] = pts[pts.length - 1]!;
      const [px, py] = pts[pts.length - 2]!;
      const len = Math.hypot(tx - px, ty - py) || 1;
      const [dx, dy] = [(tx - px) / len, (ty - py) / len];
      pts[pts.length - 1] = [tx - dx * 7, ty - dy * 7];
      const path = document.createElementNS(NS, 'path');
      path.setAttribute('d', `M${pts.map((p) => p.join(',')).join(' L')}`);
      path.setAttribute('fill', 'none');
      path.setAttribute('stroke', '#334155');
      path.setAttribute('stroke-width', '2');
      const head = document.createElementNS(NS, 'path');
      const [bx, by2] = [tx - dx * 9, ty - dy * 9];
      head.setAttribute('d', `M${tx},${ty} L${bx - dy * 5},${by2 + dx * 5} L${bx + dy * 5},${by2 - dx * 5} Z`);
      head.setAttribute('fill', '#334155');
      layer.append(path, head);
    }
  };
  return { draw };
}

/** Search: accents ignored (đ included), so "giao hang" finds "giao hàng". */
function viewerSearch(data: ViewerData, bar: Bar, cardEls: Map<string, HTMLElement>): void {
  const fold = (s: string) =>
    s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  bar.search.addEventListener('input', () => {
    const q = fold(bar.search.value.trim());
    let n = 0;
    for (const c of data.cards) {
      const hit = q !== '' && fold(c.text).includes(q);
      cardEls.get(c.id)!.classList.toggle('hit', hit);
      if (hit) n += 1;
    }
    bar.count.textContent = q ? data.words.matches!.replace('{n}', String(n)) : '';
  });
}

/**
 * Pan and zoom: drag the board (from anywhere, cards included: a drag is not a click), two
 * fingers to pinch, the wheel to scroll, Ctrl+wheel to zoom around the pointer.
 */
function viewerPanZoom(viewport: HTMLElement, board: HTMLElement, bar: Bar) {
  let scale = 1;
  let x = 0;
  let y = 0;
  const apply = () => (board.style.transform = `translate(${x}px, ${y}px) scale(${scale})`);
  const zoomTo = (next: number, cx: number, cy: number) => {
    next = Math.min(3, Math.max(0.15, next));
    x = cx - ((cx - x) * next) / scale;
    y = cy - ((cy - y) * next) / scale;
    scale = next;
    apply();
  };
  const zoom = (factor: number, cx = viewport.clientWidth / 2, cy = viewport.clientHeight / 2) =>
    zoomTo(scale * factor, cx, cy);
  const fitAll = () => {
    scale = Math.min(1, viewport.clientWidth / board.scrollWidth, viewport.clientHeight / board.scrollHeight);
    x = (viewport.clientWidth - board.scrollWidth * scale) / 2;
    y = 0;
    apply();
  };
  const reset = () => {
    scale = 1;
    x = 0;
    y = 0;
    apply();
  };
  viewport.addEventListener(
    'wheel',
    (e) => {
      e.preventDefault();
      if (e.ctrlKey || e.metaKey) zoom(e.deltaY < 0 ? 1.1 : 1 / 1.1, e.offsetX, e.offsetY);
      else {
        x -= e.deltaX;
        y -= e.deltaY;
        apply();
      }
    },
    { passive: false },
  );
  const pointers = new Map<number, { x: number; y: number }>();
  let moved = false;
  let start: { x: number; y: number; px: number; py: number } | null = null;
  let pinch: { d: number; scale: number } | null = null;
  const spread = () => {
    const [p, q] = [...pointers.values()];
    return { d: Math.hypot(p!.x - q!.x, p!.y - q!.y), cx: (p!.x + q!.x) / 2, cy: (p!.y + q!.y) / 2 };
  };
  viewport.addEventListener('pointerdown', (e) => {
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (pointers.size === 1) {
      moved = false;
      start = { x: e.clientX, y: e.clientY, px: x, py: y };
    } else if (pointers.size === 2) {
      pinch = { d: spread().d, scale };
      moved = true;
    }
  });
  viewport.addEventListener('pointermove', (e) => {
    if (!pointers.has(e.pointerId)) return;
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (pinch && pointers.size >= 2) {
      const now = spread();
      const r = viewport.getBoundingClientRect();
      zoomTo((pinch.scale * now.d) / Math.max(1, pinch.d), now.cx - r.left, now.cy - r.top);
      return;
    }
    if (!start) return;
    // A few pixels of wobble still make a click (a tap on a card opens it).
    if (!moved && Math.hypot(e.clientX - start.x, e.clientY - start.y) < 6) return;
    if (!moved) viewport.setPointerCapture(e.pointerId);
    moved = true;
    x = start.px + e.clientX - start.x;
    y = start.py + e.clientY - start.y;
    apply();
  });
  const end = (e: PointerEvent) => {
    pointers.delete(e.pointerId);
    if (pointers.size < 2) pinch = null;
    if (pointers.size === 0) start = null;
  };
  viewport.addEventListener('pointerup', end);
  viewport.addEventListener('pointercancel', end);
  // The click that ends a drag or a pinch opens nothing.
  viewport.addEventListener(
    'click',
    (e) => {
      if (!moved) return;
      e.stopPropagation();
      e.preventDefault();
      moved = false;
    },
    true,
  );
  bar.zoomIn.addEventListener('click', () => zoom(1.25));
  bar.zoomOut.addEventListener('click', () => zoom(1 / 1.25));
  bar.fit.addEventListener('click', fitAll);
  return { fitAll, reset, scale: () => scale };
}

/** Stage by stage: one column at a time, as in a presentation, from the buttons or the keyboard. */
function viewerStages(
  data: ViewerData,
  board: HTMLElement,
  bar: Bar,
  view: View,
  columns: (one: boolean) => string,
  redraw: () => void,
) {
  let at = -1;
  const showStage = (i: number) => {
    at = Math.max(0, Math.min(data.stages.length - 1, i));
    const id = data.stages[at]!.id;
    document.body.classList.add('one-stage');
    for (const e of board.querySelectorAll<HTMLElement>('[data-stage]'))
      e.classList.toggle('current', e.dataset.stage === id);
    board.style.gridTemplateColumns = columns(true);
    bar.prev.disabled = at === 0;
    bar.next.disabled = at === data.stages.length - 1;
    view.reset();
    redraw();
  };
  const showWhole = () => {
    at = -1;
    document.body.classList.remove('one-stage');
    board.style.gridTemplateColumns = columns(false);
    bar.prev.disabled = bar.next.disabled = true;
    view.fitAll();
    redraw();
  };
  bar.stages.addEventListener('click', () => showStage(at < 0 ? 0 : at));
  bar.prev.addEventListener('click', () => showStage(at - 1));
  bar.next.addEventListener('click', () => showStage(at + 1));
  bar.whole.addEventListener('click', showWhole);
  bar.prev.disabled = bar.next.disabled = true;
  document.addEventListener('keydown', (e) => {
    if (at < 0 || e.target === bar.search) return;
    if (e.key === 'ArrowRight' || e.key === 'PageDown') showStage(at + 1);
    if (e.key === 'ArrowLeft' || e.key === 'PageUp') showStage(at - 1);
  });
  return { showStage, showWhole };
}

const PARTS = {
  el: viewerEl,
  bar: viewerBar,
  about: viewerAbout,
  details: viewerDetails,
  card: viewerCard,
  curve: viewerCurve,
  board: viewerBoard,
  links: viewerLinks,
  search: viewerSearch,
  panZoom: viewerPanZoom,
  stages: viewerStages,
};

/**
 * Puts the page together from its parts. A phone (under 600 px) opens on the first stage at
 * full size, its column as wide as the screen; a larger screen opens on the whole map, fitted.
 */
function viewerMain(p: typeof PARTS): void {
  const data = JSON.parse(document.getElementById('map-data')!.textContent!) as ViewerData;
  const { label: LABEL, column: COL } = data.grid;
  const phone = window.matchMedia('(max-width: 600px)').matches;
  const columns = (one: boolean) => {
    if (!one) return `${LABEL}px repeat(${data.stages.length}, ${COL}px)`;
    if (!phone) return `${LABEL}px ${COL * 1.6}px`;
    const label = 96;
    return `${label}px ${Math.max(220, window.innerWidth - label - 4)}px`;
  };
  const bar = p.bar(data, p.el);
  const viewport = p.el('main', 'viewport');
  const board = p.el('div', 'board');
  viewport.append(board);
  const details = p.el('aside', 'details');
  details.hidden = true;
  document.body.append(bar.bar, viewport, details);
  board.style.gridTemplateColumns = columns(false);
  const about = p.about(data, p.el);
  about.open = !phone;
  const cardEls = p.board(data, p.el, board, { about, curve: p.curve(data) }, (c, stage, lane) =>
    p.card(p.el, c, () => p.details(data, p.el, details, c, stage, lane)),
  );
  const links = p.links(data, board, cardEls);
  about.addEventListener('toggle', links.draw);
  p.search(data, bar, cardEls);
  const view = p.panZoom(viewport, board, bar);
  const stages = p.stages(data, board, bar, view, columns, links.draw);
  if (phone) stages.showStage(0);
  else stages.showWhole();
  // The faces arrive with the page but are laid out a moment later: draw the links again then.
  void document.fonts.ready.then(links.draw);
}

/** The viewer's whole script: each part's source, handed to the main part as its parameter. */
export function viewerScript(): string {
  const parts = Object.entries(PARTS).map(([name, fn]) => `${JSON.stringify(name)}: ${fn.toString()}`);
  return `(${viewerMain.toString()})({${parts.join(',\n')}});`;
}
