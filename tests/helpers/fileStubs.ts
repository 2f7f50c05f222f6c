import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FileServices } from '../../electron/main/files/fileServices';

export const RESOURCES = join(import.meta.dirname, '..', '..', 'resources');

/** What a test tells the stub dialogs to answer. */
export interface DialogAnswers {
  /** Folder saves go to; null makes the save dialog answer "cancelled". */
  saveDir: string | null;
  /** The file the import dialog "picks"; null is "cancelled". */
  importPath: string | null;
  /** Every path the save dialog handed out, in order. */
  saved: string[];
}

/** The dialog half of the file services, answered by the test instead of a person. */
export function stubFileServices(answers: DialogAnswers, resourcesDir: string = RESOURCES): FileServices {
  return {
    resourcesDir,
    chooseSavePath: async (name) => {
      if (!answers.saveDir) return null;
      mkdirSync(answers.saveDir, { recursive: true });
      const path = join(answers.saveDir, name);
      answers.saved.push(path);
      return path;
    },
    chooseImportPath: async () => answers.importPath,
  };
}
