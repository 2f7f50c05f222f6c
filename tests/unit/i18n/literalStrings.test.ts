import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint step fails on untranslated interface text; this proves the rule is really active for
// renderer components (a config change that silently dropped it would pass every lint run).
describe('untranslated interface text', () => {
  const lint = async (code: string) => {
    const eslint = new ESLint();
    const [result] = await eslint.lintText(code, { filePath: 'renderer/src/editor/Example.tsx' });
    return result!.messages.filter((m) => m.ruleId === 'i18next/no-literal-string').length;
  };

  it('is refused in JSX text and in read-out attributes', async () => {
    const component = (jsx: string) => `export function A() {\n  return ${jsx};\n}\n`;
    expect(await lint(component('<button type="button">Delete the card</button>'))).toBe(1);
    expect(await lint(component('<button type="button" aria-label="Delete the card" />'))).toBe(1);
    expect(await lint(component('<input placeholder={`Search ${1} maps`} />'))).toBe(1);
  }, 30000);

  it('is accepted through the translation function', async () => {
    const ok =
      "import { useTranslation } from 'react-i18next';\n" +
      'export function A() {\n' +
      '  const { t } = useTranslation();\n' +
      "  return <button type=\"button\" aria-label={t('edit.delete')}>{t('edit.delete')}</button>;\n" +
      '};\n';
    expect(await lint(ok)).toBe(0);
  }, 30000);
});
