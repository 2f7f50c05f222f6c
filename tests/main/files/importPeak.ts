// Child process for the hostile-file tests: imports one file and reports the outcome with the
// process's peak resident memory, so a test can bound what an import costs.
import { readMapFile } from '../../../electron/main/files/importMap';

const started = Date.now();
const outcome = await readMapFile(process.argv[2]!).then(
  (doc) => ({ ok: true, cards: doc.cards.length }),
  (err: Error & { i18n?: { key: string } }) => ({ ok: false, message: err.message, key: err.i18n?.key }),
);
process.stdout.write(
  JSON.stringify({ ...outcome, ms: Date.now() - started, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }),
);
