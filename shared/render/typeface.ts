/**
 * The one typeface Waymark draws with, on screen and on paper: Be Vietnam Pro, shipped in the
 * app (resources/fonts), so a map looks and wraps the same on every computer and in every
 * export. It was drawn for Vietnamese (every precomposed letter, stacked marks placed by hand)
 * and survives pdf-lib's subsetting intact (Inter's composite glyphs do not). It has no arrows,
 * geometric shapes or dingbats: those come from "Waymark Symbols", a subset of DejaVu Sans made
 * by scripts/fonts/make-symbols.sh, tried only for the letters the main face lacks.
 */
export const TYPEFACE = 'Be Vietnam Pro';
export const SYMBOLS_TYPEFACE = 'Waymark Symbols';

/** The CSS font stack every surface uses (the interface, the phone page, SVG, the HTML viewer). */
export const FONT_STACK = `'${TYPEFACE}', '${SYMBOLS_TYPEFACE}', sans-serif`;

/** Where the symbol face may be used (CSS unicode-range): it is fetched only when one is drawn. */
export const SYMBOLS_RANGE =
  'U+0370-03FF, U+0400-04FF, U+2000-206F, U+20A0-20CF, U+2100-23FF, U+2460-24FF, U+2500-27BF, U+2900-297F, U+2B00-2BFF, U+1F300-1FAFF';

export interface FontFaceFile {
  family: string;
  /** File name in resources/fonts. */
  file: string;
  weight: string;
  style: 'normal' | 'italic';
  unicodeRange?: string;
}

/** Every face the interface loads. */
export const FONT_FACES: readonly FontFaceFile[] = [
  { family: TYPEFACE, file: 'BeVietnamPro_400Regular.ttf', weight: '400', style: 'normal' },
  { family: TYPEFACE, file: 'BeVietnamPro_400Regular_Italic.ttf', weight: '400', style: 'italic' },
  { family: TYPEFACE, file: 'BeVietnamPro_500Medium.ttf', weight: '500', style: 'normal' },
  { family: TYPEFACE, file: 'BeVietnamPro_600SemiBold.ttf', weight: '600', style: 'normal' },
  { family: TYPEFACE, file: 'BeVietnamPro_700Bold.ttf', weight: '700', style: 'normal' },
  {
    family: SYMBOLS_TYPEFACE,
    file: 'WaymarkSymbols.ttf',
    weight: '100 900',
    style: 'normal',
    unicodeRange: SYMBOLS_RANGE,
  },
];

/** The faces exports embed (PDF, SVG, PNG, the HTML viewer): body text, bold, and symbols. */
export const EXPORT_FACE_FILES = {
  regular: 'BeVietnamPro_400Regular.ttf',
  bold: 'BeVietnamPro_700Bold.ttf',
  symbols: 'WaymarkSymbols.ttf',
} as const;
export type ExportFace = keyof typeof EXPORT_FACE_FILES;

/**
 * The exported faces as CSS @font-face rules carrying the files themselves (base64): the SVG
 * export and the HTML viewer draw in the app's letters on any computer, offline.
 */
export function embeddedFontFaces(b64: Record<ExportFace, string>): string {
  const face = (family: string, weight: string, data: string, range?: string) =>
    `@font-face{font-family:'${family}';font-weight:${weight};src:url(data:font/ttf;base64,${data}) format('truetype')${range ? `;unicode-range:${range}` : ''}}`;
  return (
    face(TYPEFACE, '400', b64.regular) +
    face(TYPEFACE, '700', b64.bold) +
    face(SYMBOLS_TYPEFACE, '100 900', b64.symbols, SYMBOLS_RANGE)
  );
}

/**
 * Office files cannot embed a face through pptxgenjs or exceljs: they name the typeface, and
 * Office draws it where it is installed; elsewhere it substitutes a sans-serif by the declared
 * family class (PowerPoint's pitchFamily 34, Excel's font family 2: "swiss"), Arial on Windows
 * and macOS, Liberation Sans in LibreOffice.
 */
export const OFFICE_FONT = TYPEFACE;

/** The font a 2D canvas needs to measure card text as the card draws it (CSS `font`). */
export const cssFont = (sizePx: number, weight = 400): string => `${weight} ${sizePx}px ${FONT_STACK}`;
