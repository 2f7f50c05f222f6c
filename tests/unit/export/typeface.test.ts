import fontkit from '@pdf-lib/fontkit';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD_ICONS } from '../../../shared/render/cardStyle';
import { EXPORT_FACE_FILES, FONT_FACES, TYPEFACE } from '../../../shared/render/typeface';
import { exportFonts, FONTS_DIR } from '../../helpers/exportFonts';
import { fontMetrics } from '../../../renderer/src/export/fontMetrics';

const VIETNAMESE =
  'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ' +
  'AĂÂĐÊÔƠƯÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ₫';
// The marks Vietnamese text typed on some keyboards arrives with (decomposed).
const COMBINING = [0x300, 0x301, 0x303, 0x309, 0x323, 0x302, 0x306, 0x31b];

describe('the bundled typeface', () => {
  it('ships every face it declares, the main ones as published in @expo-google-fonts/be-vietnam-pro', () => {
    const pkg = join(import.meta.dirname, '..', '..', '..', 'node_modules', '@expo-google-fonts', 'be-vietnam-pro');
    for (const face of FONT_FACES) {
      const file = join(FONTS_DIR, face.file);
      expect(existsSync(file), face.file).toBe(true);
      if (face.family !== TYPEFACE) continue;
      const folder = face.file.replace(/^BeVietnamPro_/, '').replace(/\.ttf$/, '');
      expect(readFileSync(file).equals(readFileSync(join(pkg, folder, face.file))), face.file).toBe(true);
    }
    for (const file of Object.values(EXPORT_FACE_FILES)) expect(FONT_FACES.some((f) => f.file === file)).toBe(true);
  });

  it('draws every Vietnamese letter, precomposed or combined, in the main face, regular and bold', () => {
    for (const file of [EXPORT_FACE_FILES.regular, EXPORT_FACE_FILES.bold]) {
      const font = fontkit.create(readFileSync(join(FONTS_DIR, file)));
      const missing = [...VIETNAMESE].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!));
      expect(missing, file).toEqual([]);
      expect(
        COMBINING.filter((c) => !font.hasGlyphForCodePoint(c)),
        file,
      ).toEqual([]);
    }
  });

  it('draws every card icon from the symbols face, and nothing the main face has', () => {
    const metrics = fontMetrics(exportFonts());
    for (const icon of Object.values(CARD_ICONS)) {
      const runs = metrics.runs(icon);
      // The ellipsis is in the main face; the rest come from the symbols face, never a notdef box.
      expect(
        runs.every((r) => r.face === 'symbols' || r.text === '…'),
        icon,
      ).toBe(true);
    }
    expect(metrics.runs('Điểm đau → Cơ hội')).toEqual([
      { text: 'Điểm đau ', face: 'regular' },
      { text: '→', face: 'symbols' },
      { text: ' Cơ hội', face: 'regular' },
    ]);
    // A combining mark stays with its letter, so decomposed Vietnamese is never split.
    expect(metrics.runs('Vie\u0323\u0302t', true)).toEqual([{ text: 'Vie\u0323\u0302t', face: 'bold' }]);
  });
});

describe('the SVG a PNG is rasterised from', () => {
  it('draws every text as the faces’ outlines, defined once each, with no font to wait for', async () => {
    const { drawPicture } = await import('../../../renderer/src/export/worker/drawPicture');
    const { busyMap } = await import('../../helpers/busyMap');
    const { exportFontsBase64 } = await import('../../helpers/exportFonts');
    const doc = busyMap(12);
    const work = { doc, options: {}, fonts: { bytes: exportFonts(), b64: exportFontsBase64() } };
    const png = await drawPicture({ ...work, format: 'png' });
    const svg = await drawPicture({ ...work, format: 'svg' });
    if (png.format !== 'png' || svg.format !== 'svg') throw new Error('wrong format');
    expect(png.svg).not.toMatch(/<text|@font-face/);
    const texts = (svg.svg.match(/<text /g) ?? []).length;
    expect(texts).toBeGreaterThan(50);
    // One group per text item, each glyph outline defined once however often it is used.
    expect((png.svg.match(/<g fill=/g) ?? []).length).toBe(texts);
    const ids = [...png.svg.matchAll(/<path id="(g\w+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect((png.svg.match(/<use /g) ?? []).length).toBeGreaterThan(ids.length * 5);
  });
});
