import { execFileSync, spawnSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMapFile } from '../../../electron/main/files/importMap';
import { LIMITS } from '../../../shared/model/limits';
import { bundleForChild } from '../../helpers/bundle';
import { busyMap } from '../../helpers/busyMap';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();
const MB = 1024 * 1024;

interface Outcome {
  ok: boolean;
  message?: string;
  key?: string;
  ms: number;
  maxRssMb: number;
}

function importInChild(path: string): Outcome {
  const script = bundleForChild('tests/main/files/importPeak.ts');
  const run = spawnSync(process.execPath, [script, path], { encoding: 'utf8', timeout: 60_000 });
  if (run.status !== 0) throw new Error(`import child failed (${run.status ?? run.signal}): ${run.stderr}`);
  return JSON.parse(run.stdout) as Outcome;
}

/** The crafted OJF of the issue: one node whose blueprint has 32,000 keys of 500 empty objects. */
function blueprintBomb(path: string): number {
  const entries = `[${Array(500).fill('{}').join(',')}]`;
  const keys = Array.from({ length: 32_000 }, (_, i) => `"k${i}":${entries}`).join(',');
  const text = `{"stages":[{"id":"s","name":"S"}],"swimlanes":[{"id":"l","name":"L"}],"nodes":[{"stageId":"s","swimlaneId":"l","title":"x","blueprint":{${keys}}}]}`;
  writeFileSync(path, text);
  return text.length;
}

describe('hostile map files', () => {
  it('refuses an OJF with 32,000 blueprint keys after reading a little of it, in bounded memory', () => {
    const path = join(tempDir(), 'bomb.ojf');
    const bytes = blueprintBomb(path);
    expect(bytes).toBeGreaterThan(45 * MB);
    const outcome = importInChild(path);
    expect(outcome.ok).toBe(false);
    expect(outcome.key).toBe('errors.fileLimit.keysPerObject');
    expect(outcome.message).toMatch(/nodes\[0\]\.blueprint/);
    // The bound: an import's peak memory stays under ~10× the file's size.
    expect(outcome.maxRssMb * MB).toBeLessThan(10 * bytes);
  });

  it('refuses 1,000,000 connectors between the same two cards before parsing them', () => {
    const doc = busyMap(2);
    const [a, b] = doc.cards.map((c) => c.id);
    const connectors = Array.from({ length: 1_000_000 }, (_, i) => `{"id":"k${i}","from":"${a}","to":"${b}"}`);
    const text = JSON.stringify({ ...doc, connectors: [] }).replace('"connectors":[]', `"connectors":[${connectors}]`);
    const path = join(tempDir(), 'many.waymark');
    writeFileSync(path, text);
    const outcome = importInChild(path);
    expect(outcome.ok).toBe(false);
    expect(outcome.key).toBe('errors.fileLimit.itemsPerArray');
    expect(outcome.message).toMatch(/connectors/);
    expect(outcome.maxRssMb * MB).toBeLessThan(10 * text.length);
  });

  it('refuses connectors over the map limit and two connectors joining the same cards', async () => {
    const doc = busyMap(3);
    const [a, b, c] = doc.cards.map((x) => x.id);
    const twice = {
      ...doc,
      connectors: [
        { id: 'k1', from: a!, to: b! },
        { id: 'k2', from: a!, to: b! },
      ],
    };
    const dir = tempDir();
    writeFileSync(join(dir, 'twice.waymark'), JSON.stringify(twice));
    await expect(readMapFile(join(dir, 'twice.waymark'))).rejects.toThrow(/two connectors join the same cards/);
    const many = Array.from({ length: LIMITS.connectors + 1 }, (_, i) => ({
      id: `k${i}`,
      from: a!,
      to: i % 2 ? b! : c!,
    }));
    writeFileSync(join(dir, 'many.waymark'), JSON.stringify({ ...doc, connectors: many }));
    await expect(readMapFile(join(dir, 'many.waymark'))).rejects.toMatchObject({
      i18n: { key: 'importProblem.tooMany', params: { place: 'connectors', max: LIMITS.connectors } },
    });
  });

  it('refuses a symlink to /dev/zero and a FIFO at once instead of reading forever', async () => {
    const dir = tempDir();
    symlinkSync('/dev/zero', join(dir, 'zero.waymark'));
    execFileSync('mkfifo', [join(dir, 'pipe.waymark')]);
    for (const name of ['zero.waymark', 'pipe.waymark'])
      await expect(readMapFile(join(dir, name))).rejects.toMatchObject({ i18n: { key: 'errors.notAFile' } });
  });

  it('says a binary file is binary instead of quoting its bytes', async () => {
    const path = join(tempDir(), 'photo.waymark');
    writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]));
    const err = await readMapFile(path).catch((e: Error) => e);
    expect(err).toMatchObject({ i18n: { key: 'errors.binaryFile' } });
    expect((err as Error).message).not.toContain('PNG');
    expect((err as Error).message).not.toContain(String.fromCharCode(0x1a));
  });

  it('names the line, column and a short printable excerpt of broken JSON', async () => {
    const path = join(tempDir(), 'broken.waymark');
    writeFileSync(path, '{\n  "title": "Mua xe",\n  "kind": ,\n}');
    await expect(readMapFile(path)).rejects.toMatchObject({
      i18n: { key: 'errors.notJson', params: { line: 3, column: expect.any(Number) } },
    });
  });

  it('names the place of an invalid field without raw validator wording', async () => {
    const doc = busyMap(2) as unknown as Record<string, unknown>;
    const cards = (doc.cards as Record<string, unknown>[]).map(({ id: _id, ...c }, i) =>
      i === 1 ? c : { id: `c${i}`, ...c },
    );
    const path = join(tempDir(), 'noid.waymark');
    writeFileSync(path, JSON.stringify({ ...doc, cards }));
    const err = (await readMapFile(path).catch((e: unknown) => e)) as { i18n: { key: string; params: object } };
    expect(err.i18n).toEqual({ key: 'importProblem.missing', params: { place: 'cards[1].id' } });
  });
});
