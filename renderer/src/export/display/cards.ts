import { METRICS } from '../../../../shared/layout/metrics';
import { CHANGE_STYLE } from '../../../../shared/render/palette';
import { cardStyle } from '../../../../shared/render/cardStyle';
import {
  CARD_HEAD_LABELS,
  CHANGE_LABELS,
  CHANNEL_LABELS,
  EVIDENCE_LABELS,
  MOMENT_LABEL,
  PROVIDER_LABELS,
} from '../../../../shared/templates/labels';
import { dotsByCard } from '../../../../shared/model/ops/feedback';
import { detailLine } from '../../../../shared/templates/exportWords';
import { PICTURE_GAP, pictureBlockHeight } from '../../../../shared/layout/text';
import { fit, type Band } from './band';
import type { DisplayList, Item } from './types';
import { referenceMark } from '../../../../shared/model/citations';

/** The dots' colour: the interface accent, dark enough on every card tint. */
const VOTE_INK = '#1d4ed8';

/**
 * The cards: tinted box with its type bar, type label and evidence chip (or a comparison's
 * change chip), wrapped text, and a meta line (moment of truth, provider, channel, owner, tags).
 */
export function cardItems({ doc, layout, m, lang, X, Y, options, cardText }: Band): {
  items: Item[];
  placed: DisplayList['cards'];
} {
  const items: Item[] = [];
  const cards = new Map(doc.cards.map((c) => [c.id, c]));
  const placed: DisplayList['cards'] = [];
  const dots = dotsByCard(doc.votes);
  for (const b of layout.cards) {
    const card = cards.get(b.id)!;
    const look = cardStyle(card);
    const HEAD_SIZE = look.head.size;
    const x = X(b.x);
    const y = Y(b.y);
    placed.push({ id: b.id, x, y, w: b.width, h: b.height });
    // In a comparison, a changed card is outlined in its change's colour (dashed when removed)
    // and its chip names the change; unchanged cards look as on any map.
    const mark = options.compare?.marks.get(card.id);
    const change = mark ? CHANGE_STYLE[mark] : null;
    items.push({
      kind: 'rect',
      x,
      y,
      w: b.width,
      h: b.height,
      fill: mark === 'removed' ? '#ffffff' : look.tint,
      stroke: change?.outline ?? look.border,
      strokeWidth: change ? 2 : look.borderWidth,
      radius: look.radius,
      ...(mark === 'removed' ? { dash: [5, 4] } : {}),
    });
    items.push({ kind: 'rect', x, y, w: look.barWidth, h: b.height, fill: look.bar, radius: 2 });
    const pad = look.paddingX + 1;
    // The card's picture on top, the head and text under it.
    const pic = pictureBlockHeight(card, b.width);
    const href = card.picture ? options.pictures?.get(card.picture.hash) : undefined;
    if (card.picture && href) {
      const w = b.width - 2 * METRICS.cardPaddingX;
      items.push({
        kind: 'image',
        x: x + METRICS.cardPaddingX,
        y: y + METRICS.cardPaddingY,
        w,
        h: pic - PICTURE_GAP,
        href,
      });
    }
    const top = y + pic;
    const chip = mark
      ? { text: CHANGE_LABELS[mark][lang], ...CHANGE_STYLE[mark] }
      : card.evidence && look.evidence
        ? { text: EVIDENCE_LABELS[card.evidence][lang], ...look.evidence }
        : null;
    const dashed = chip && 'dashed' in chip ? chip.dashed : null;
    const ev = chip?.text ?? '';
    const evW = chip ? m.width(ev, HEAD_SIZE, true) + 8 : 0;
    if (chip)
      items.push(
        {
          kind: 'rect',
          x: x + b.width - pad - evW,
          y: top + METRICS.cardPaddingY,
          w: evW,
          h: 14,
          fill: chip.fill,
          radius: 3,
          // An assumption's chip is outlined dashed, as on the canvas.
          ...(dashed ? { stroke: dashed, strokeWidth: 1, dash: [2, 2] } : {}),
        },
        {
          kind: 'text',
          x: x + b.width - pad - evW + 4,
          y: top + METRICS.cardPaddingY + 10.5,
          text: ev,
          size: HEAD_SIZE,
          bold: true,
          fill: chip.ink,
        },
      );
    // Right to left before the chip: the room's dots ("● 3"), then the card's research ("[1, 3]").
    const marks = [
      { text: referenceMark(card, options.citations ?? new Map()), fill: look.label },
      { text: dots.has(card.id) ? `● ${dots.get(card.id)}` : '', fill: VOTE_INK },
    ].filter((k) => k.text);
    let markRight = x + b.width - pad - evW;
    for (const k of marks.reverse()) {
      const w = m.width(k.text, HEAD_SIZE + 1, true) + 6;
      markRight -= w;
      items.push({
        kind: 'text',
        x: markRight,
        y: top + METRICS.cardPaddingY + 10.5,
        text: k.text,
        size: HEAD_SIZE + 1,
        bold: true,
        fill: k.fill,
      });
    }
    const marksW = x + b.width - pad - evW - markRight;
    // The icon in the bar's colour, then the type label in its darker ink, as on the canvas.
    const icon = `${look.icon} `;
    const iconW = m.width(icon, HEAD_SIZE, true);
    const typeLabel = fit(
      CARD_HEAD_LABELS[card.type][lang].toUpperCase(),
      b.width - 2 * pad - evW - marksW - 6 - iconW,
      HEAD_SIZE,
      true,
      m,
    );
    const headY = top + look.paddingY + 10.5;
    items.push(
      { kind: 'text', x: x + pad, y: headY, text: icon, size: HEAD_SIZE, bold: true, fill: look.bar },
      { kind: 'text', x: x + pad + iconW, y: headY, text: typeLabel, size: HEAD_SIZE, bold: true, fill: look.label },
    );
    const lines = cardText.get(b.id) ?? [];
    const textTop = top + METRICS.cardPaddingY + 1 + METRICS.cardHeaderHeight;
    lines.forEach((line, i) => {
      if (line)
        items.push({
          kind: 'text',
          x: x + pad,
          y: textTop + i * look.text.lineHeight + 15,
          text: line,
          size: look.text.size,
          fill: mark === 'removed' ? '#6b7280' : look.ink,
        });
    });
    const meta = [
      card.detail ? detailLine(options.detailTitles?.get(card.detail), lang) : '',
      card.moment ? `★ ${MOMENT_LABEL[lang]}` : '',
      card.provider ? `◆ ${PROVIDER_LABELS[card.provider][lang]}` : '',
      card.channel ? CHANNEL_LABELS[card.channel][lang] : '',
      card.owner ? `● ${card.owner}` : '',
      ...card.tags.map((tag) => `#${tag}`),
    ]
      .filter(Boolean)
      .join('   ');
    if (meta)
      items.push({
        kind: 'text',
        x: x + pad,
        y: textTop + lines.length * METRICS.lineHeight + 17,
        text: fit(meta, b.width - 2 * pad, 12, false, m),
        size: 12,
        fill: '#5b6475',
      });
  }
  return { items, placed };
}
