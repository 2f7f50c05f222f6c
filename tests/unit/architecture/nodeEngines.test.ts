import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the check is plain ESM without types (it runs before anything is installed).
import { NODE_ENGINES, supported } from '../../../scripts/node-version.mjs';

const root = join(import.meta.dirname, '..', '..', '..');
const json = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>;

describe('the Node.js Waymark declares', () => {
  it('is the one package.json declares', () => {
    expect((json('package.json').engines as { node: string }).node).toBe(NODE_ENGINES);
  });

  it('is supported by every installed dependency (package-lock.json), Electron’s tooling included', () => {
    const packages = json('package-lock.json').packages as Record<string, { engines?: { node?: unknown } }>;
    const ranges = Object.entries(packages).flatMap(([name, p]) =>
      typeof p.engines?.node === 'string' && name ? [[name, p.engines.node] as const] : [],
    );
    expect(ranges.map(([name]) => name)).toContain('node_modules/electron');
    const disagree = ranges.filter(([, range]) => !semver.subset(NODE_ENGINES as string, range));
    expect(disagree).toEqual([]);
  });

  it('is what the install, test and start check lets through', () => {
    for (const version of ['20.20.2', '22.12.0', '22.13.0', '22.23.5', '23.5.0', '24.0.0', '26.3.1', '27.0.0'])
      expect(supported(version), version).toBe(semver.satisfies(version, NODE_ENGINES as string));
  });
});
