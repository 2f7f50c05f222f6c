/**
 * The one-file viewer's program. It is embedded as the source text of the functions below, so
 * each must stand alone: no imports and no names from outside; a part reaches another only
 * through its parameters (the bundler renames module-level names, never parameters). The page
 * reads the map from its inert JSON block and draws it with textContent only (no HTML is ever
 * parsed from the map), positions through the CSSOM (which the page's CSP allows), and listens
 * with addEventListener (no inline handlers).
 */

export type ViewerCard = {
  id: string;
  stageId: string;
  laneId: string;
  text: string;
  type: string;
  look: Record<string, string>;
  icon: string;
  evidence: string;
  channel: string;
  owner: string;
  tags: string;
  dots: number;
  comments: string[];
  picture: string;
};

export type ViewerData = {
  title: string;
  kind: string;
  words: Record<string, string>;
  stages: { id: string; name: string }[];
  lanes: { id: string; name: string; emotion: boolean }[];
  emotions: { stageId: string; score: number; label: string }[];
  cards: ViewerCard[];
};

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

/** The bar: title, search, views, zoom. */
function viewerBar(data: ViewerData, el: El) {
  const w = data.words;
  const bar = el('header', 'bar');
  const search = el('input', 'search');
  search.type = 'search';
  search.placeholder = w.search!;
  search.setAttribute('aria-label', w.search!);
  const count = el('span', 'count');
  count.setAttribute('role', 'status');
  bar.append(el('h1', '', data.title), el('span', 'kind', data.kind), search, count);
  const button = (label: string, text: string) => {
    const b = el('button', '', text);
    b.type = 'button';
    b.setAttribute('aria-label', label);
    bar.append(b);
    return b;
  };
  return {
    bar,
    search,
    count,
    whole: button(w.whole!, w.whole!),
    stages: button(w.stages!, w.stages!),
    prev: button(w.previous!, '‹'),
    next: button(w.next!, '›'),
    zoomOut: button(w.zoomOut!, '−'),
    zoomIn: button(w.zoomIn!, '+'),
    fit: button(w.fit!, w.fit!),
  };
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
    [w.evidence!, c.evidence],
    [w.channel!, c.channel],
    [w.owner!, c.owner],
    [w.tags!, c.tags],
    [w.dots!, c.dots ? String(c.dots) : ''],
  ];
  const dl = el('dl');
  for (const [k, v] of rows) if (v) dl.append(el('dt', '', k), el('dd', '', v));
  details.append(dl);
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

/** The grid: stages across, lanes down, a cell's cards stacked. Returns each card's element. */
function viewerBoard(
  data: ViewerData,
  el: El,
  board: HTMLElement,
  card: (c: ViewerCard, stage: string, lane: string) => HTMLElement,
): Map<string, HTMLElement> {
  board.append(el('div', 'corner'));
  data.stages.forEach((s, i) => {
    const head = el('div', 'stage', `${i + 1}  ${s.name}`);
    head.dataset.stage = s.id;
    board.append(head);
  });
  const cardEls = new Map<string, HTMLElement>();
  for (const lane of data.lanes) {
    board.append(el('div', lane.emotion ? 'lane emotion-lane' : 'lane', lane.name));
    for (const s of data.stages) {
      const cell = el('div', 'cell');
      cell.dataset.stage = s.id;
      const e = lane.emotion ? data.emotions.find((x) => x.stageId === s.id) : undefined;
      if (e) {
        const point = el('div', 'feeling', `${e.score > 0 ? '+' : ''}${e.score} ${e.label}`.trim());
        point.style.marginTop = `${(3 - e.score) * 14}px`;
        cell.append(point);
      }
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

/** Pan and zoom: drag the board, wheel to scroll, Ctrl+wheel to zoom around the pointer. */
function viewerPanZoom(viewport: HTMLElement, board: HTMLElement, bar: Bar) {
  let scale = 1;
  let x = 0;
  let y = 0;
  const apply = () => (board.style.transform = `translate(${x}px, ${y}px) scale(${scale})`);
  const zoom = (factor: number, cx = viewport.clientWidth / 2, cy = viewport.clientHeight / 2) => {
    const next = Math.min(3, Math.max(0.15, scale * factor));
    x = cx - ((cx - x) * next) / scale;
    y = cy - ((cy - y) * next) / scale;
    scale = next;
    apply();
  };
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
  let drag: { x: number; y: number } | null = null;
  viewport.addEventListener('pointerdown', (e) => {
    if ((e.target as HTMLElement).closest('.card')) return;
    drag = { x: e.clientX - x, y: e.clientY - y };
    viewport.setPointerCapture(e.pointerId);
  });
  viewport.addEventListener('pointermove', (e) => {
    if (!drag) return;
    x = e.clientX - drag.x;
    y = e.clientY - drag.y;
    apply();
  });
  viewport.addEventListener('pointerup', () => (drag = null));
  bar.zoomIn.addEventListener('click', () => zoom(1.25));
  bar.zoomOut.addEventListener('click', () => zoom(1 / 1.25));
  bar.fit.addEventListener('click', fitAll);
  return { fitAll, reset };
}

/** Stage by stage: one column at a time, as in a presentation, from the buttons or the keyboard. */
function viewerStages(data: ViewerData, board: HTMLElement, bar: Bar, view: View, columns: (one: boolean) => string) {
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
  };
  bar.stages.addEventListener('click', () => showStage(at < 0 ? 0 : at));
  bar.prev.addEventListener('click', () => showStage(at - 1));
  bar.next.addEventListener('click', () => showStage(at + 1));
  bar.whole.addEventListener('click', () => {
    at = -1;
    document.body.classList.remove('one-stage');
    board.style.gridTemplateColumns = columns(false);
    bar.prev.disabled = bar.next.disabled = true;
    view.fitAll();
  });
  bar.prev.disabled = bar.next.disabled = true;
  document.addEventListener('keydown', (e) => {
    if (at < 0 || e.target === bar.search) return;
    if (e.key === 'ArrowRight' || e.key === 'PageDown') showStage(at + 1);
    if (e.key === 'ArrowLeft' || e.key === 'PageUp') showStage(at - 1);
  });
}

const PARTS = {
  el: viewerEl,
  bar: viewerBar,
  details: viewerDetails,
  card: viewerCard,
  board: viewerBoard,
  search: viewerSearch,
  panZoom: viewerPanZoom,
  stages: viewerStages,
};

/** Puts the page together from its parts. */
function viewerMain(p: typeof PARTS): void {
  const data = JSON.parse(document.getElementById('map-data')!.textContent!) as ViewerData;
  const COL = 260;
  const LABEL = 180;
  const columns = (one: boolean) =>
    one ? `${LABEL}px ${COL * 1.6}px` : `${LABEL}px repeat(${data.stages.length}, ${COL}px)`;
  const bar = p.bar(data, p.el);
  const viewport = p.el('main', 'viewport');
  const board = p.el('div', 'board');
  viewport.append(board);
  const details = p.el('aside', 'details');
  details.hidden = true;
  document.body.append(bar.bar, viewport, details);
  board.style.gridTemplateColumns = columns(false);
  const cardEls = p.board(data, p.el, board, (c, stage, lane) =>
    p.card(p.el, c, () => p.details(data, p.el, details, c, stage, lane)),
  );
  p.search(data, bar, cardEls);
  const view = p.panZoom(viewport, board, bar);
  p.stages(data, board, bar, view, columns);
  view.fitAll();
}

/** The viewer's whole script: each part's source, handed to the main part as its parameter. */
export function viewerScript(): string {
  const parts = Object.entries(PARTS).map(([name, fn]) => `${JSON.stringify(name)}: ${fn.toString()}`);
  return `(${viewerMain.toString()})({${parts.join(',\n')}});`;
}
