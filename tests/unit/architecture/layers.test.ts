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

describe('shared/ is layered too, and stands alone', () => {
  const sharedComplaints = async (path: string, source: string) => {
    const [result] = await eslint.lintText(`${source}\nexport {};\n`, { filePath: join(root, path) });
    return result!.messages
      .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
      .map((m) => m.message);
  };

  it('refuses an import upwards: the model from the IPC contract, an export format from the room', async () => {
    expect(
      await sharedComplaints('shared/model/probe.ts', "import { ERROR_CODES } from '../ipc/errors'; ERROR_CODES;"),
    ).toHaveLength(1);
    expect(
      await sharedComplaints(
        'shared/exchange/xlsx/probe.ts',
        "import { ROOM_MESSAGE } from '../../collab/roomProtocol'; ROOM_MESSAGE;",
      ),
    ).toHaveLength(1);
    expect(
      await sharedComplaints('shared/schema/probe.ts', "import { cardStyle } from '../render/cardStyle'; cardStyle;"),
    ).toHaveLength(1);
    expect(await sharedComplaints('shared/layout/probe.ts', "import 'node:fs';")).toHaveLength(1);
  });

  it('allows imports downwards, and the model’s types inferred from the schema', async () => {
    expect(await sharedComplaints('shared/ipc/probe.ts', "import { LIMITS } from '../model/limits'; LIMITS;")).toEqual(
      [],
    );
    expect(
      await sharedComplaints('shared/collab/probe.ts', "import { mergeText } from './mergeText'; mergeText;"),
    ).toEqual([]);
    expect(
      await sharedComplaints('shared/model/probe.ts', "import type { Card } from '../schema/document'; type C = Card;"),
    ).toEqual([]);
  });
});

describe('no function runs over 150 lines in the app’s code', () => {
  it('is enforced by ESLint (max-lines-per-function) outside the tests', async () => {
    const long = `export function long() {\n${'  Math.random();\n'.repeat(150)}}\n`;
    const [result] = await eslint.lintText(long, { filePath: join(root, 'renderer/src/editor/probe.ts') });
    expect(result!.messages.map((m) => m.ruleId)).toContain('max-lines-per-function');
  });
});
