/**
 * The one-file viewer's program. It is embedded as this function's source text, so it must stand
 * alone: no imports, no names from outside. It reads the map from the page's inert JSON block and
 * draws it with textContent only (no HTML is ever parsed from the map), positions through the
 * CSSOM (which the page's CSP allows), and listens with addEventListener (no inline handlers).
 */
export function viewerMain(): void {
  type Card = {
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
  type Data = {
    title: string;
    kind: string;
    words: Record<string, string>;
    stages: { id: string; name: string }[];
    lanes: { id: string; name: string; emotion: boolean }[];
    emotions: { stageId: string; score: number; label: string }[];
    cards: Card[];
  };
  const data = JSON.parse(document.getElementById('map-data')!.textContent!) as Data;
  const w = data.words;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls = '', text = ''): HTMLElementTagNameMap[K] => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  };
  const COL = 260;
  const LABEL = 180;

  // The bar: title, search, views, zoom.
  const bar = el('header', 'bar');
  const h1 = el('h1', '', data.title);
  const kind = el('span', 'kind', data.kind);
  const search = el('input', 'search');
  search.type = 'search';
  search.placeholder = w.search!;
  search.setAttribute('aria-label', w.search!);
  const count = el('span', 'count');
  count.setAttribute('role', 'status');
  const button = (label: string, text: string) => {
    const b = el('button', '', text);
    b.type = 'button';
    b.setAttribute('aria-label', label);
    bar.append(b);
    return b;
  };
  bar.append(h1, kind, search, count);
  const wholeBtn = button(w.whole!, w.whole!);
  const stagesBtn = button(w.stages!, w.stages!);
  const prev = button(w.previous!, '‹');
  const next = button(w.next!, '›');
  const zoomOut = button(w.zoomOut!, '−');
  const zoomIn = button(w.zoomIn!, '+');
  const fit = button(w.fit!, w.fit!);
  const viewport = el('main', 'viewport');
  const board = el('div', 'board');
  viewport.append(board);
  const details = el('aside', 'details');
  details.hidden = true;
  document.body.append(bar, viewport, details);

  // The grid: stages across, lanes down, a cell's cards stacked.
  board.style.gridTemplateColumns = `${LABEL}px repeat(${data.stages.length}, ${COL}px)`;
  board.append(el('div', 'corner'));
  data.stages.forEach((s, i) => {
    const head = el('div', 'stage', `${i + 1}  ${s.name}`);
    head.dataset.stage = s.id;
    board.append(head);
  });
  const cardEls = new Map<string, HTMLElement>();
  for (const lane of data.lanes) {
    board.append(el('div', lane.emotion ? 'lane emotion-lane' : 'lane', lane.name));
    data.stages.forEach((s) => {
      const cell = el('div', 'cell');
      cell.dataset.stage = s.id;
      if (lane.emotion) {
        const e = data.emotions.find((x) => x.stageId === s.id);
        if (e) {
          const point = el('div', 'feeling', `${e.score > 0 ? '+' : ''}${e.score} ${e.label}`.trim());
          point.style.marginTop = `${(3 - e.score) * 14}px`;
          cell.append(point);
        }
      }
      for (const c of data.cards.filter((x) => x.laneId === lane.id && x.stageId === s.id)) {
        const card = el('button', 'card');
        card.type = 'button';
        // The card's look as custom properties (the CSSOM, which the page's CSP allows).
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
        card.addEventListener('click', () => show(c, s.name, lane.name));
        cardEls.set(c.id, card);
        cell.append(card);
      }
      board.append(cell);
    });
  }

  function show(c: Card, stage: string, lane: string): void {
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

  // Search: accents ignored, so "giao hang" finds "giao hàng".
  const fold = (s: string) =>
    s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  search.addEventListener('input', () => {
    const q = fold(search.value.trim());
    let n = 0;
    for (const c of data.cards) {
      const hit = q !== '' && fold(c.text).includes(q);
      cardEls.get(c.id)!.classList.toggle('hit', hit);
      if (hit) n += 1;
    }
    count.textContent = q ? w.matches!.replace('{n}', String(n)) : '';
  });

  // Pan and zoom: drag the board, wheel to zoom around the pointer.
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
  zoomIn.addEventListener('click', () => zoom(1.25));
  zoomOut.addEventListener('click', () => zoom(1 / 1.25));
  fit.addEventListener('click', fitAll);

  // Stage by stage: one column at a time, as in a presentation.
  let at = -1;
  const showStage = (i: number) => {
    at = Math.max(0, Math.min(data.stages.length - 1, i));
    const id = data.stages[at]!.id;
    document.body.classList.add('one-stage');
    for (const e of board.querySelectorAll<HTMLElement>('[data-stage]'))
      e.classList.toggle('current', e.dataset.stage === id);
    board.style.gridTemplateColumns = `${LABEL}px ${COL * 1.6}px`;
    prev.disabled = at === 0;
    next.disabled = at === data.stages.length - 1;
    scale = 1;
    x = 0;
    y = 0;
    apply();
  };
  stagesBtn.addEventListener('click', () => showStage(at < 0 ? 0 : at));
  prev.addEventListener('click', () => showStage(at - 1));
  next.addEventListener('click', () => showStage(at + 1));
  wholeBtn.addEventListener('click', () => {
    at = -1;
    document.body.classList.remove('one-stage');
    board.style.gridTemplateColumns = `${LABEL}px repeat(${data.stages.length}, ${COL}px)`;
    prev.disabled = next.disabled = true;
    fitAll();
  });
  prev.disabled = next.disabled = true;
  document.addEventListener('keydown', (e) => {
    if (at < 0 || e.target === search) return;
    if (e.key === 'ArrowRight' || e.key === 'PageDown') showStage(at + 1);
    if (e.key === 'ArrowLeft' || e.key === 'PageUp') showStage(at - 1);
  });
  fitAll();
}
