import fontkit from '@pdf-lib/fontkit';
import { LineCapStyle, PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { DisplayList, Item } from './displayList';
import type { ExportFonts } from './fontMetrics';

function color(hex: string) {
  const v = Number.parseInt(hex.slice(1), 16);
  return rgb(((v >> 16) & 255) / 255, ((v >> 8) & 255) / 255, (v & 255) / 255);
}

/** CSS px → PDF points. */
const PT = 0.75;

function roundedRect(x: number, y: number, w: number, h: number, r: number): string {
  const rr = Math.min(r, w / 2, h / 2);
  return `M${x + rr},${y} H${x + w - rr} Q${x + w},${y} ${x + w},${y + rr} V${y + h - rr} Q${x + w},${y + h} ${x + w - rr},${y + h} H${x + rr} Q${x},${y + h} ${x},${y + h - rr} V${y + rr} Q${x},${y} ${x + rr},${y} Z`;
}

function draw(page: PDFPage, i: Item, fonts: { regular: PDFFont; bold: PDFFont }, H: number): void {
  // pdf-lib's SVG paths take y down from an origin; everything else takes y up in points.
  const svg = { x: 0, y: H * PT, scale: PT };
  switch (i.kind) {
    case 'rect':
      if (i.radius)
        page.drawSvgPath(roundedRect(i.x, i.y, i.w, i.h, i.radius), {
          ...svg,
          ...(i.fill ? { color: color(i.fill) } : {}),
          ...(i.stroke ? { borderColor: color(i.stroke), borderWidth: (i.strokeWidth ?? 1) * PT } : {}),
        });
      else
        page.drawRectangle({
          x: i.x * PT,
          y: (H - i.y - i.h) * PT,
          width: i.w * PT,
          height: i.h * PT,
          ...(i.fill ? { color: color(i.fill) } : {}),
          ...(i.stroke ? { borderColor: color(i.stroke), borderWidth: (i.strokeWidth ?? 1) * PT } : {}),
          ...(i.dash ? { borderDashArray: i.dash.map((d) => d * PT) } : {}),
        });
      return;
    case 'line':
      page.drawLine({
        start: { x: i.x1 * PT, y: (H - i.y1) * PT },
        end: { x: i.x2 * PT, y: (H - i.y2) * PT },
        thickness: i.width * PT,
        color: color(i.stroke),
        ...(i.dash ? { dashArray: i.dash.map((d) => d * PT) } : {}),
      });
      return;
    case 'text':
      page.drawText(i.text, {
        x: i.x * PT,
        y: (H - i.y) * PT,
        size: i.size * PT,
        font: i.bold ? fonts.bold : fonts.regular,
        color: color(i.fill),
      });
      return;
    case 'path':
      page.drawSvgPath(i.d, {
        ...svg,
        ...(i.fill ? { color: color(i.fill) } : {}),
        ...(i.stroke
          ? { borderColor: color(i.stroke), borderWidth: (i.width ?? 1) * PT, borderLineCap: LineCapStyle.Round }
          : {}),
      });
      return;
    case 'circle':
      page.drawCircle({
        x: i.cx * PT,
        y: (H - i.cy) * PT,
        size: i.r * PT,
        color: color(i.fill),
        ...(i.stroke ? { borderColor: color(i.stroke), borderWidth: (i.strokeWidth ?? 1) * PT } : {}),
      });
      return;
  }
}

/**
 * A vector PDF on one poster page sized to the map, with DejaVu Sans embedded as a subset:
 * the text is real text, selectable and searchable, Vietnamese included.
 */
export async function toPosterPdf(list: DisplayList, fonts: ExportFonts, title: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(title);
  pdf.setCreator('Waymark');
  pdf.setProducer('Waymark');
  const embedded = {
    regular: await pdf.embedFont(fonts.regular, { subset: true }),
    bold: await pdf.embedFont(fonts.bold, { subset: true }),
  };
  const page = pdf.addPage([list.width * PT, list.height * PT]);
  for (const item of list.items) draw(page, item, embedded, list.height);
  return pdf.save();
}
