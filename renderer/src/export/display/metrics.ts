import { stageMetrics } from '../../../../shared/model/stageMetrics';
import { EXPORT_WORDS } from '../../../../shared/templates/exportWords';
import { stageCell, type Band, type LaneBox } from './band';
import type { Item } from './types';

/** The metrics lane: entering customers, conversion, drop-off and satisfaction per stage. */
export function metricsBand({ doc, layout, lang, X, Y }: Band, l: LaneBox): Item[] {
  const items: Item[] = [];
  const all = stageMetrics(doc);
  const scale = doc.metrics.satisfaction.toUpperCase();
  const f = (n: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(n);
  for (const s of layout.stages) {
    items.push(stageCell({ X, Y }, l, s, '#f0f9ff'));
    const m = all.find((x) => x.stageId === s.id)?.now;
    if (!m) continue;
    const parts = [
      m.entering !== null ? `${f(m.entering)} ${EXPORT_WORDS[lang].metrics.in}` : '',
      m.conversion !== null ? `${f(m.conversion)}% ${EXPORT_WORDS[lang].metrics.on}` : '',
      m.dropOff !== null ? `${f(m.dropOff)}% ${EXPORT_WORDS[lang].metrics.drop}` : '',
      m.satisfaction !== null ? `${scale} ${f(m.satisfaction)}` : '',
    ].filter(Boolean);
    parts.forEach((text, i) =>
      items.push({
        kind: 'text',
        x: X(s.x + 12),
        y: Y(l.y) + 26 + i * 22,
        text,
        size: 13,
        bold: i === 0,
        fill: '#0f172a',
      }),
    );
  }
  return items;
}
