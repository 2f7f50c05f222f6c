import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: root });

/** The layer rule's complaints about one import written in a file at `path`. */
async function complaints(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport {};\n`, { filePath: join(root, path) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the renderer layers are enforced by ESLint', () => {
  it('refuses an import upwards: the UI kit from services, the store from the editor, a feature from app', async () => {
    expect(await complaints('renderer/src/ui/Probe.ts', "import '../services/ServicesContext';")).toHaveLength(1);
    expect(await complaints('renderer/src/store/probe.ts', "import '../editor/glyphs';")).toHaveLength(1);
    expect(await complaints('renderer/src/editor/canvas/probe.ts', "import '../../app/services';")).toHaveLength(1);
    expect(await complaints('renderer/src/library/probe.ts', "import '../editor/EditorScreen';")).toHaveLength(1);
  });

  it('allows imports downwards and from shared/', async () => {
    expect(await complaints('renderer/src/editor/canvas/probe.ts', "import '../../services/ServicesContext';")).toEqual(
      [],
    );
    expect(await complaints('renderer/src/i18n/probe.ts', "import '../../../shared/commands/commands';")).toEqual([]);
    expect(await complaints('renderer/src/app/probe.ts', "import '../editor/EditorScreen';")).toEqual([]);
  });
});
