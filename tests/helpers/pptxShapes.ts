import JSZip from 'jszip';

const EMU = 914400;

/** One drawn thing on a slide as the XML says it: where it is (inches), what it is, its text. */
export interface SlideShape {
  x: number;
  y: number;
  w: number;
  h: number;
  /** The preset ("rect", "line", "ellipse"…) or "path" for a free path. */
  geometry: string;
  text: string;
  /** Every run's size in points. */
  sizes: number[];
  dashed: boolean;
  /** Has an outline of its own (cards do; lane labels and titles do not). */
  outlined: boolean;
  /** A free path's points, inches on the slide. */
  path: { x: number; y: number }[];
  fill: string | null;
  xml: string;
}

/** The five entities XML escapes text with. */
const unescape = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
const num = (xml: string, re: RegExp) => Number(xml.match(re)?.[1] ?? 0);

/** The shapes of one slide's XML, read with nothing but the file format's own names. */
export function slideShapes(xml: string): SlideShape[] {
  return [...xml.matchAll(/<p:(sp|cxnSp)>([\s\S]*?)<\/p:\1>/g)].map(([, , body = '']) => {
    const x = num(body, /<a:off x="(-?\d+)"/) / EMU;
    const y = num(body, /<a:off x="-?\d+" y="(-?\d+)"/) / EMU;
    const w = num(body, /<a:ext cx="(\d+)"/) / EMU;
    const h = num(body, /<a:ext cx="\d+" cy="(\d+)"/) / EMU;
    const preset = body.match(/<a:prstGeom prst="([^"]+)"/)?.[1];
    const path = [...body.matchAll(/<a:(?:moveTo|lnTo)><a:pt x="(-?\d+)" y="(-?\d+)"/g)].map((m) => ({
      x: x + Number(m[1]) / EMU,
      y: y + Number(m[2]) / EMU,
    }));
    return {
      x,
      y,
      w,
      h,
      geometry: preset ?? (body.includes('<a:custGeom>') ? 'path' : 'unknown'),
      text: [...body.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescape(m[1]!)).join(' '),
      sizes: [...body.matchAll(/<a:rPr[^>]*\ssz="(\d+)"/g)].map((m) => Number(m[1]) / 100),
      outlined: /<a:ln w="\d+">/.test(body),
      dashed: /<a:prstDash val="(dash|sysDash|lgDash)"/.test(body),
      path,
      fill: body.match(/<p:spPr>[\s\S]*?<a:solidFill><a:srgbClr val="([0-9A-F]{6})"/)?.[1] ?? null,
      xml: body,
    };
  });
}

/** Every slide of a deck in order, with its shapes and raw XML. */
export async function deckSlides(bytes: Uint8Array): Promise<{ xml: string; shapes: SlideShape[] }[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .map((f) => f.match(/^ppt\/slides\/slide(\d+)\.xml$/)?.[1])
    .filter((n): n is string => !!n)
    .map(Number)
    .sort((a, b) => a - b);
  return Promise.all(
    names.map(async (n) => {
      const xml = await zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
      return { xml, shapes: slideShapes(xml) };
    }),
  );
}
