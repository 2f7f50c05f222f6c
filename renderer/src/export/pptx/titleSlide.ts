import type PptxGenJS from 'pptxgenjs';
import type { ReportPersona } from '../../../../shared/model/persona';
import type { JourneyMap } from '../../../../shared/model/types';
import { EXPORT_WORDS, exportDate } from '../../../../shared/templates/exportWords';
import { KIND_LABELS } from '../../../../shared/templates/labels';
import type { FontMetrics } from '../fontMetrics';
import { SLIDE_TEXT, slideLines, textFont, type SlideSize } from './slideStyle';

/** At most `most` lines of `text` in a box `w` inches wide, the last cut with an ellipsis. */
function upTo(m: FontMetrics, text: string, w: number, most: number): string {
  const lines = slideLines(m, text, SLIDE_TEXT.body, false, w);
  return lines.length > most ? `${lines.slice(0, most).join(' ')}…` : text;
}

/** The deck's first slide: title, kind and date, the scenario, and who the journey is about. */
export function titleSlide(
  pptx: PptxGenJS,
  doc: JourneyMap,
  persona: ReportPersona | undefined,
  size: SlideSize,
  date: Date,
  m: FontMetrics,
): void {
  const lang = doc.language;
  const words = EXPORT_WORDS[lang].slides;
  const font = textFont(lang);
  const slide = pptx.addSlide();
  const w = size.w - 1.2;
  slide.addText(doc.title, {
    x: 0.6,
    y: 0.5,
    w,
    h: 1.1,
    ...font,
    fontSize: SLIDE_TEXT.deckTitle,
    bold: true,
    color: '1D2330',
    valign: 'bottom',
    fit: 'none',
  });
  slide.addText(`${KIND_LABELS[doc.kind][lang]}  ·  ${exportDate(date, lang, 'long')}`, {
    x: 0.6,
    y: 1.65,
    w,
    h: 0.4,
    ...font,
    fontSize: SLIDE_TEXT.subtitle,
    color: '5B6475',
  });
  slide.addShape('line', { x: 0.6, y: 2.15, w: 1.2, h: 0, line: { color: 'D97706', width: 3 } });
  const lines: PptxGenJS.TextProps[] = [];
  if (doc.scenario.trim())
    lines.push(
      { text: `${words.scenario}: `, options: { bold: true } },
      { text: upTo(m, doc.scenario.trim(), w, 4), options: { breakLine: true } },
    );
  const who = persona?.name || doc.persona.name;
  if (who) lines.push({ text: `${words.persona}: ${who}`, options: { bold: true, breakLine: true } });
  if (persona?.quote)
    lines.push({ text: `“${upTo(m, persona.quote, w, 2)}”`, options: { italic: true, breakLine: true } });
  const goals = persona?.goals ?? doc.persona.goals;
  if (who && goals.length)
    lines.push({ text: upTo(m, `${words.goals}: ${goals.join(' · ')}`, w, 2), options: { breakLine: true } });
  if (persona?.frustrations.length)
    lines.push({ text: upTo(m, `${words.frustrations}: ${persona.frustrations.join(' · ')}`, w, 2) });
  if (!lines.length) return;
  slide.addText(lines, {
    x: 0.6,
    y: 2.35,
    w,
    h: size.h - 2.35 - 0.5,
    ...font,
    fontSize: SLIDE_TEXT.body,
    lineSpacing: SLIDE_TEXT.body * 1.35,
    paraSpaceAfter: 6,
    color: '1D2330',
    valign: 'top',
  });
}
