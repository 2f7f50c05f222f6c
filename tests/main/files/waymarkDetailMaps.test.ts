import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlerTable } from '../../../electron/main/ipc/handlerTable';
import { createInvoker } from '../../../electron/main/ipc/invoker';
import { createLibraryServices, type LibraryServices } from '../../../electron/main/library/services';
import { openMapFile } from '../../../electron/main/openFiles';
import { exportMap } from '../../../renderer/src/export/exportMap';
import { buildApi } from '../../../shared/ipc/api';
import { LIMITS } from '../../../shared/model/limits';
import { addCard, linkDetail } from '../../../shared/model/operations';
import type { JourneyMap } from '../../../shared/model/types';
import { stubFileServices, type DialogAnswers } from '../../helpers/fileStubs';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();
const PNG_1x1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

/** A library wired to the real handler table, as the window reaches it. */
function app(dir = tempDir()) {
  const library = createLibraryServices(dir);
  const answers: DialogAnswers = { saveDir: tempDir(), importPath: null, saved: [] };
  const invoke = createInvoker(createHandlerTable({ library, files: stubFileServices(answers) }), () => true);
  const api = buildApi((channel, request) =>
    invoke({ url: 'app://waymark/index.html', isMainFrame: true }, channel, request),
  );
  return { library, api, answers };
}

/** Saves `from` with a new card opening into `to` (and returns the map as saved). */
function linkTo(library: LibraryServices, from: string, to: string, text = `→ ${to}`): JourneyMap {
  const { document, revision } = library.maps.load(from);
  const id = `card-${to}`;
  const doc = linkDetail(
    addCard(document, { laneId: document.lanes[0]!.id, stageId: document.stages[0]!.id, id, text }),
    { card: id },
    to,
  );
  library.maps.save(doc, revision);
  return library.maps.load(from).document;
}

/** Overview → Checkout → Payment (Payment's card shows a picture); Other is unrelated; Gone is in the trash. */
function family(library: LibraryServices) {
  const make = (title: string) => library.maps.create({ kind: 'current-state', language: 'vi', title }).document.id;
  const [overview, checkout, payment, other, gone] = ['Tổng quan', 'Thanh toán', 'Ví điện tử', 'Khác', 'Đã xoá'].map(
    make,
  ) as [string, string, string, string, string];
  linkTo(library, overview, checkout);
  linkTo(library, overview, gone);
  linkTo(library, checkout, payment);
  const picture = library.pictures.put(PNG_1x1);
  const pay = library.maps.load(payment);
  library.maps.save(
    {
      ...pay.document,
      cards: [
        {
          ...addCard(pay.document, { laneId: pay.document.lanes[0]!.id, stageId: pay.document.stages[0]!.id, id: 'p' })
            .cards[0]!,
          picture: { hash: picture.hash, width: 1, height: 1 },
        },
      ],
    },
    pay.revision,
  );
  library.maps.delete(gone);
  return { overview, checkout, payment, other, gone, picture };
}

describe('a .waymark file carries the detail maps its map opens into', () => {
  it('exports the family below the map (not above, not unrelated, not in the trash) and imports it whole elsewhere, links following the new ids', async () => {
    const source = app();
    const ids = family(source.library);
    await exportMap(source.api, source.library.maps.load(ids.overview).document, 'json');
    const file = source.answers.saved[0]!;
    const written = JSON.parse(readFileSync(file, 'utf8')) as JourneyMap & {
      detailMaps: JourneyMap[];
      pictures: Record<string, string>;
    };
    expect(written.detailMaps.map((m) => m.title)).toEqual(['Thanh toán', 'Ví điện tử']);
    expect(Object.keys(written.pictures)).toEqual([ids.picture.hash]);

    const target = app();
    target.answers.importPath = file;
    const result = await target.api.maps.import({});
    if (!result.ok || !('imported' in result.value)) throw new Error(`import failed: ${JSON.stringify(result)}`);
    const maps = new Map(target.library.maps.list().map((m) => [m.title, m]));
    expect([...maps.keys()].sort()).toEqual(['Thanh toán', 'Tổng quan', 'Ví điện tử']);
    // Fresh ids; the links among the carried maps follow them; the link to the map in the trash stays broken.
    expect(maps.get('Tổng quan')!.id).not.toBe(ids.overview);
    expect(maps.get('Tổng quan')!.details).toEqual([{ id: maps.get('Thanh toán')!.id, title: 'Thanh toán' }]);
    expect(maps.get('Ví điện tử')!.detailOf).toEqual([{ id: maps.get('Thanh toán')!.id, title: 'Thanh toán' }]);
    const overview = target.library.maps.load(maps.get('Tổng quan')!.id).document;
    expect(overview.cards.map((c) => c.detail).filter(Boolean)).toEqual([maps.get('Thanh toán')!.id, ids.gone]);
    expect(target.library.pictures.get(ids.picture.hash)).toBe(`data:image/png;base64,${PNG_1x1}`);

    // A file opened from outside brings the same maps and pictures.
    const opened = app();
    const message = await openMapFile(opened.library, file);
    expect(message.ok).toBe(true);
    expect(
      opened.library.maps
        .list()
        .map((m) => m.title)
        .sort(),
    ).toEqual(['Thanh toán', 'Tổng quan', 'Ví điện tử']);
    expect(opened.library.pictures.get(ids.picture.hash)).not.toBeNull();
    for (const a of [source, target, opened]) a.library.close();
  });

  it('a map without links writes no detailMaps key: the file stays what older versions read', async () => {
    const source = app();
    const { other } = family(source.library);
    await exportMap(source.api, source.library.maps.load(other).document, 'json');
    expect(JSON.parse(readFileSync(source.answers.saved[0]!, 'utf8'))).not.toHaveProperty('detailMaps');
    source.library.close();
  });

  it('refuses, storing nothing, a file whose detail maps are not maps, are too many, or repeat a map', async () => {
    const source = app();
    const { overview } = family(source.library);
    await exportMap(source.api, source.library.maps.load(overview).document, 'json');
    const good = JSON.parse(readFileSync(source.answers.saved[0]!, 'utf8')) as Record<string, unknown> & {
      detailMaps: JourneyMap[];
    };
    source.library.close();
    const cases: [string, unknown, string][] = [
      ['not a list', { ...good, detailMaps: { a: 1 } }, 'errors.badDetailMaps'],
      [
        'a broken one',
        { ...good, detailMaps: [good.detailMaps[0], { ...good.detailMaps[1], stages: [] }] },
        'errors.badDetailMap',
      ],
      [
        'too many',
        { ...good, detailMaps: Array(LIMITS.detailMapsPerFile + 1).fill(good.detailMaps[0]) },
        'errors.tooManyDetailMaps',
      ],
      ['the map twice', { ...good, detailMaps: [good.detailMaps[0], good.detailMaps[0]] }, 'errors.sameDetailMap'],
    ];
    for (const [what, content, key] of cases) {
      const target = app();
      const path = join(tempDir(), 'bad.waymark');
      writeFileSync(path, JSON.stringify(content));
      target.answers.importPath = path;
      const result = await target.api.maps.import({});
      expect(result.ok, what).toBe(false);
      if (!result.ok) expect(result.error.i18n?.key, what).toBe(key);
      expect(target.library.maps.list(), what).toEqual([]);
      target.library.close();
    }
  });
});
