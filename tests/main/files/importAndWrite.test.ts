import { FORMAT_VERSION } from '../../../shared/schema/version';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../electron/main/files/atomicWrite';
import { safeFileName } from '../../../electron/main/files/fileServices';
import { readMapFile } from '../../../electron/main/files/importMap';
import { createLibraryServices } from '../../../electron/main/library/services';
import { AppError } from '../../../shared/ipc/errors';
import { busyMap } from '../../helpers/busyMap';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();

function fileWith(content: string, name = 'map.waymark'): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

describe('atomic writes', () => {
  it('replaces a file whole and leaves no temporary file behind', () => {
    const dir = tempDir();
    const path = join(dir, 'Bản đồ.pdf');
    writeFileAtomic(path, 'old');
    writeFileAtomic(path, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(path)]).toEqual([1, 2, 3]);
    expect(readdirSync(dir)).toEqual(['Bản đồ.pdf']);
  });

  it('keeps the old file when the write fails', () => {
    const dir = tempDir();
    const path = join(dir, 'x.csv');
    writeFileAtomic(path, 'keep me');
    expect(() => writeFileAtomic(join(dir, 'missing-folder', 'x.csv'), 'new')).toThrow();
    expect(readFileSync(path, 'utf8')).toBe('keep me');
  });

  it('makes safe file names from titles', () => {
    expect(safeFileName('Hành trình: mua/bán <xe>?', 'pdf')).toBe('Hành trình mua bán xe.pdf');
    expect(safeFileName('  ', 'svg')).toBe('map.svg');
  });
});

describe('importing a Waymark file', () => {
  it('reads a valid file, including an older format', async () => {
    const doc = busyMap(5);
    expect((await readMapFile(fileWith(JSON.stringify(doc)))).cards).toHaveLength(5);
    const { cards, ...rest } = doc;
    const v1 = { ...rest, formatVersion: 1, cards: cards.map(({ color: _c, ...c }) => c) };
    expect((await readMapFile(fileWith(JSON.stringify(v1)))).formatVersion).toBe(FORMAT_VERSION);
  });

  it.each([
    ['truncated JSON', () => JSON.stringify(busyMap(3)).slice(0, 200), /not valid JSON/],
    [
      'a newer format',
      () => JSON.stringify({ ...busyMap(3), formatVersion: FORMAT_VERSION + 1 }),
      new RegExp(`format version ${FORMAT_VERSION + 1} by a newer Waymark`),
    ],
    ['wrong types', () => JSON.stringify({ ...busyMap(3), stages: 'many' }), /stages/],
    [
      'an unknown card type',
      () => JSON.stringify({ ...busyMap(3), cards: [{ ...busyMap(3).cards[0], type: 'x' }] }),
      /cards\[0\]\.type/,
    ],
    [
      'a card in a missing stage',
      () => JSON.stringify({ ...busyMap(3), cards: [{ ...busyMap(3).cards[0], stageId: 'gone' }] }),
      /cards\[0\]\.stageId: card .* unknown stage "gone"/,
    ],
    [
      '100,000 cards',
      () => {
        const base = busyMap(1);
        const cards = Array.from({ length: 100_000 }, (_, i) => ({ ...base.cards[0]!, id: `x${i}`, order: i }));
        return JSON.stringify({ ...base, cards, connectors: [] });
      },
      /cards.*(Too big|itemsPerArray)/i,
    ],
  ])('refuses %s with a message that names the problem', async (_n, content, message) => {
    const err = await readMapFile(fileWith(content())).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    expect((err as Error).message).toMatch(message);
  });

  it('refuses a 200 MB file without reading it', async () => {
    const path = fileWith('');
    truncateSync(path, 200 * 1024 * 1024);
    await expect(readMapFile(path)).rejects.toThrow(/200 MB; Waymark imports map files up to 50 MB/);
  });

  it('refuses a missing file and other extensions', async () => {
    await expect(readMapFile(join(tempDir(), 'nope.waymark'))).rejects.toThrow(/cannot be read/);
    await expect(readMapFile(fileWith('{}', 'map.exe'))).rejects.toThrow(/\.waymark, \.json, \.ojf and \.xlsx/);
  });

  it('never lets a __proto__ key pollute objects', async () => {
    const text = `{"__proto__":{"polluted":1},${JSON.stringify(busyMap(2)).slice(1)}`;
    await expect(readMapFile(fileWith(text))).rejects.toThrow(/__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('either imports a mutated document as a valid new map or refuses it with a message; nothing else', async () => {
    const lib = createLibraryServices(tempDir());
    const base = busyMap(6) as unknown as Record<string, unknown>;
    const keys = Object.keys(base);
    let imported = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...keys),
        fc.oneof(fc.jsonValue(), fc.constant('<img src=x onerror=alert(1)>'), fc.constant(null)),
        fc.boolean(),
        async (key, value, dropKey) => {
          const mutated = { ...base };
          if (dropKey) delete mutated[key];
          else mutated[key] = value;
          const before = lib.maps.list().length;
          try {
            const doc = await readMapFile(fileWith(JSON.stringify(mutated)));
            lib.maps.importDocument(doc);
            imported += 1;
            return lib.maps.list().length === before + 1;
          } catch (err) {
            return err instanceof AppError && err.message.length > 10 && lib.maps.list().length === before;
          }
        },
      ),
      { numRuns: 2000 },
    );
    expect(existsSync(lib.file)).toBe(true);
    expect(imported).toBeGreaterThan(0);
    lib.close();
  });
});
