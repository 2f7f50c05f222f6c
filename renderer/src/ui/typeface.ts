import { FONT_FACES, FONT_STACK } from '../../../shared/render/typeface';

// The app's own font files (resources/fonts), emitted by Vite beside the page: no network, and
// the CSP's font-src 'self' already allows them.
const FILES = import.meta.glob<string>('../../../resources/fonts/*.ttf', {
  query: '?url',
  import: 'default',
  eager: true,
});

function urlOf(file: string): string {
  const url = Object.entries(FILES).find(([path]) => path.endsWith(`/${file}`))?.[1];
  if (!url) throw new Error(`The app's font file ${file} is missing from the build.`);
  return url;
}

let loaded: Promise<void> | null = null;

/**
 * Registers the bundled faces with the page and waits until they are ready, so the first layout
 * (the 2D-canvas text measurer, React Flow's node sizes) is measured with the face that is drawn,
 * never with a system font that happened to answer first. The page's text reads the stack from
 * the `--font-ui` custom property, set here from shared/render/typeface.ts.
 */
export function loadTypeface(doc: Document = document): Promise<void> {
  loaded ??= (async () => {
    doc.documentElement.style.setProperty('--font-ui', FONT_STACK);
    const faces = FONT_FACES.map((f) => {
      const face = new FontFace(f.family, `url("${urlOf(f.file)}") format("truetype")`, {
        weight: f.weight,
        style: f.style,
        ...(f.unicodeRange ? { unicodeRange: f.unicodeRange } : {}),
      });
      doc.fonts.add(face);
      return face;
    });
    // A face that fails to load leaves the next one in the stack: the app still opens.
    await Promise.allSettled(faces.map((face) => face.load()));
  })();
  return loaded;
}
