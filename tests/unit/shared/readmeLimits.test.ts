import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKPOINT_EVERY_MS } from '../../../electron/main/library/durability';
import { FILE_SHAPE_LIMITS, LIMITS } from '../../../shared/model/limits';
import { FORMAT_VERSION } from '../../../shared/schema/version';

const readme = readFileSync(join(import.meta.dirname, '..', '..', '..', 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('### Import limits'), readme.indexOf('## Library, personas'));
const shown = (n: number) => n.toLocaleString('en-US');

describe('the README states the limits the code enforces', () => {
  it('lists every map and file limit with the number declared in shared/model/limits.ts', () => {
    const rows = section.split('\n').filter((l) => l.startsWith('|'));
    const cell = (label: string) =>
      rows
        .map((r) => r.split('|').map((c) => c.trim()))
        .flatMap((cells) => {
          const i = cells.indexOf(label);
          return i >= 0 ? [cells[i + 1]!] : [];
        })[0];
    expect(cell('file size')).toBe(`${FILE_SHAPE_LIMITS.bytes / 1024 / 1024} MB`);
    expect(cell('nesting depth')).toBe(shown(FILE_SHAPE_LIMITS.depth));
    expect(cell('keys in one object')).toBe(shown(FILE_SHAPE_LIMITS.keysPerObject));
    expect(cell('items in one array')).toBe(shown(FILE_SHAPE_LIMITS.itemsPerArray));
    expect(cell('values in the file')).toBe(shown(FILE_SHAPE_LIMITS.values));
    expect(cell('characters in one string')).toBe(shown(FILE_SHAPE_LIMITS.stringChars));
    expect(cell('stages')).toBe(shown(LIMITS.stages));
    expect(cell('lanes')).toBe(shown(LIMITS.lanes));
    expect(cell('cards')).toBe(shown(LIMITS.cards));
    expect(cell('connectors (unique pairs)')).toBe(shown(LIMITS.connectors));
    expect(cell('sources / questions')).toBe(`${shown(LIMITS.sources)} / ${shown(LIMITS.questions)}`);
    expect(cell('metric records')).toBe(shown(LIMITS.metricRecords));
    expect(cell('title / card text / long text')).toBe(
      `${LIMITS.titleChars} / ${shown(LIMITS.cardTextChars)} / ${shown(LIMITS.longTextChars)} characters`,
    );
  });

  it('states the checkpoint bound the library uses', () => {
    expect(readme).toContain(`at most **${CHECKPOINT_EVERY_MS / 1000} seconds**`);
  });
});

describe('the README states the document format this build writes', () => {
  it('names FORMAT_VERSION', () => {
    expect(readme).toContain(`\`formatVersion\` ${FORMAT_VERSION}, older files upgraded`);
  });
});
