import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importHandlers } from '../../../electron/main/ipc/filesHandlers';
import { picturesInUse } from '../../../electron/main/files/importMap';
import type { AppServices } from '../../../electron/main/ipc/services';
import { createLibraryServices } from '../../../electron/main/library/services';
import { toWaymarkJson } from '../../../renderer/src/export/formats';
import { createExampleMap } from '../../../shared/templates/examples';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();
const PNG_1x1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';
const OTHER_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR42mNgYPgPAAEDAQAIicLsAAAAAElFTkSuQmCC';

/** A .waymark file of the Shopee example whose first card shows a picture, carried as `data`. */
function fileWithPicture(dir: string, hash: string, data: string): string {
  const doc = createExampleMap('shopee-retail', new Date('2026-11-23T10:00:00Z'))!;
  const pictured = {
    ...doc,
    cards: doc.cards.map((c, i) => (i === 0 ? { ...c, picture: { hash, width: 1, height: 1 } } : c)),
  };
  const path = join(dir, 'with-picture.waymark');
  writeFileSync(path, toWaymarkJson(pictured, new Map([[hash, `data:image/png;base64,${data}`]])));
  return path;
}

function importer(dir: string, path: string) {
  const library = createLibraryServices(dir);
  const files = { chooseImportPath: async () => path } as unknown as AppServices['files'];
  return { library, handlers: importHandlers({ library, files } as AppServices) };
}

describe('a .waymark file carries its pictures', () => {
  it('brings a card’s picture into another library with the map', async () => {
    const source = createLibraryServices(tempDir());
    const ref = source.pictures.put(PNG_1x1);
    source.close();
    const dir = tempDir();
    const { library, handlers } = importer(tempDir(), fileWithPicture(dir, ref.hash, PNG_1x1));
    const result = await handlers['maps:import']();
    expect('imported' in result).toBe(true);
    expect(library.pictures.get(ref.hash)).toBe(`data:image/png;base64,${PNG_1x1}`);
    library.close();
  });

  it('refuses a file whose picture is not the one its name says, and stores nothing', async () => {
    const named = createLibraryServices(tempDir());
    const ref = named.pictures.put(PNG_1x1);
    named.close();
    const { library, handlers } = importer(tempDir(), fileWithPicture(tempDir(), ref.hash, OTHER_PNG));
    await expect(handlers['maps:import']()).rejects.toMatchObject({ i18n: { key: 'errors.pictureMismatch' } });
    expect(library.maps.list()).toEqual([]);
    expect(library.pictures.get(ref.hash)).toBeNull();
    library.close();
  });

  it('refuses a carried picture that is not a PNG or JPEG data URL', async () => {
    const dir = tempDir();
    const path = fileWithPicture(dir, 'a'.repeat(64), PNG_1x1);
    writeFileSync(path, readFileSync(path, 'utf8').replace('data:image/png;base64,', 'data:text/html;base64,'));
    const { library, handlers } = importer(tempDir(), path);
    await expect(handlers['maps:import']()).rejects.toMatchObject({ i18n: { key: 'errors.badPicture' } });
    expect(library.maps.list()).toEqual([]);
    library.close();
  });

  it('stores only the pictures a card shows, however many the file carries', async () => {
    const source = createLibraryServices(tempDir());
    const used = source.pictures.put(PNG_1x1);
    const unused = source.pictures.put(OTHER_PNG);
    source.close();
    const dir = tempDir();
    const path = fileWithPicture(dir, used.hash, PNG_1x1);
    // Eleven pictures no card names ride along (the same bytes under made-up names, and a real one).
    const file = JSON.parse(readFileSync(path, 'utf8')) as { pictures: Record<string, string> };
    file.pictures[unused.hash] = `data:image/png;base64,${OTHER_PNG}`;
    for (let i = 0; i < 10; i++) file.pictures[String(i).repeat(64)] = `data:image/png;base64,${OTHER_PNG}`;
    writeFileSync(path, JSON.stringify(file));
    const { library, handlers } = importer(tempDir(), path);
    expect('imported' in (await handlers['maps:import']())).toBe(true);
    expect(library.pictures.get(used.hash)).not.toBeNull();
    expect(library.pictures.get(unused.hash)).toBeNull();
    library.close();
  });

  it('refuses pictures in use beyond the bound the export applies, saying both sizes', () => {
    const doc = createExampleMap('shopee-retail', new Date('2026-11-23T10:00:00Z'))!;
    const hash = 'b'.repeat(64);
    const pictured = {
      ...doc,
      cards: doc.cards.map((c, i) => (i === 0 ? { ...c, picture: { hash, width: 1, height: 1 } } : c)),
    };
    const carried = new Map([[hash, 'A'.repeat(4 * 1024 * 1024)]]);
    expect(() => picturesInUse([pictured], carried, 2 * 1024 * 1024)).toThrow(
      expect.objectContaining({ i18n: { key: 'errors.picturesTooBig', params: { size: '3', max: '2' } } }),
    );
    expect([...picturesInUse([pictured], carried, 3 * 1024 * 1024).keys()]).toEqual([hash]);
  });
});
