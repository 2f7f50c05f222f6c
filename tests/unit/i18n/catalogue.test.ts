import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/src/i18n/en';
import { vi } from '../../../renderer/src/i18n/vi';
import { FILE_SHAPE_LIMITS } from '../../../shared/model/limits';
import { PROBLEM_KEYS } from '../../../shared/schema/problems';
import { EXPORT_WORDS } from '../../../shared/templates/exportWords';

type Tree = { [key: string]: string | Tree };

/** Flat `a.b.c` keys of a catalogue, with plural suffixes folded into the base key. */
function flatten(tree: Tree, prefix = ''): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') {
      const base = key.replace(/_(one|other)$/, '');
      out.set(base, [...(out.get(base) ?? []), v]);
    } else for (const [kk, vv] of flatten(v, key)) out.set(kk, [...(out.get(kk) ?? []), ...vv]);
  }
  return out;
}

const placeholders = (texts: string[]) =>
  [...new Set(texts.flatMap((t) => [...t.matchAll(/\{\{(\w+)\}\}|<(\d+)>/g)].map((m) => m[1] ?? `<${m[2]}>`)))].sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !path.includes(`${join('src', 'i18n')}`) ? [path] : [];
  });
}

describe('the interface catalogues', () => {
  const english = flatten(en as unknown as Tree);
  const vietnamese = flatten(vi as unknown as Tree);

  it('has a sentence for every way the main process can refuse a file', () => {
    const keys = [
      ...Object.keys(FILE_SHAPE_LIMITS)
        .filter((k) => k !== 'bytes')
        .map((k) => `errors.fileLimit.${k}`),
      ...PROBLEM_KEYS.map((k) => `importProblem.${k}`),
      'errors.notAFile',
      'errors.binaryFile',
      'errors.notJson',
    ];
    expect(keys.filter((k) => !english.has(k) || !vietnamese.has(k))).toEqual([]);
  });

  it('Vietnamese has every key English has, and no other', () => {
    const missing = [...english.keys()].filter((k) => !vietnamese.has(k));
    const extra = [...vietnamese.keys()].filter((k) => !english.has(k));
    expect(missing).toEqual([]);
    expect(extra).toEqual([]);
  });

  it('no text is empty, and each translation uses the same placeholders', () => {
    for (const [key, texts] of english) {
      expect(
        texts.every((t) => t.trim().length > 0),
        key,
      ).toBe(true);
      const viTexts = vietnamese.get(key) ?? [];
      expect(
        viTexts.every((t) => t.trim().length > 0),
        key,
      ).toBe(true);
      expect(placeholders(viTexts), key).toEqual(placeholders(texts));
    }
  });

  it('every key the interface asks for by name exists', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join('renderer', 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/i18nKey="([a-zA-Z][\w.-]*)"/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(150);
    const unknown = [...used].filter((k) => !english.has(k));
    expect(unknown).toEqual([]);
  });
});

describe('error messages from the model and the main process', () => {
  const english = flatten(en as unknown as Tree);
  it('name keys that exist in the catalogue', () => {
    const used = new Set<string>();
    const roots = [join('shared'), join('electron'), join('renderer', 'src')];
    for (const root of roots)
      for (const file of sourceFiles(root)) {
        const text = readFileSync(file, 'utf8');
        for (const m of text.matchAll(/key: '((?:errors|editErrors)\.[\w.-]+)'/g)) used.add(m[1]!);
      }
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((k) => !english.has(k))).toEqual([]);
  });
});

describe('the words exports draw', () => {
  const english = flatten(EXPORT_WORDS.en as unknown as Tree);
  const vietnamese = flatten(EXPORT_WORDS.vi as unknown as Tree);
  const braces = (texts: string[]) =>
    [...new Set(texts.flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();

  it('have the same words in both languages, none empty, with the same placeholders', () => {
    expect([...vietnamese.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, texts] of english) {
      const theirs = vietnamese.get(key)!;
      expect(
        [...texts, ...theirs].every((t) => t.trim() !== ''),
        key,
      ).toBe(true);
      expect(braces(theirs), key).toEqual(braces(texts));
    }
  });

  it('are translated: the Vietnamese words are not the English ones left in place', () => {
    const same = [...english].filter(([key, texts]) => texts.join() === vietnamese.get(key)!.join());
    // Words that read the same in both (a column named "Id" is "Mã", but a unit may match) are few.
    expect(same.map(([key]) => key)).toEqual([]);
  });
});
