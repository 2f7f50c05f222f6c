// Child process of the crash-safety test: saves numbered edits forever through the library thread
// (as the app does) and reports each one on stdout only after the save returned, until the parent
// kills it.
import { writeSync } from 'node:fs';
import { startLibraryThread } from '../../../electron/main/library/remote/libraryClient';
import { addCard } from '../../../shared/model/operations';

const [threadScript, dataDir, mapId, firstArg, checkpointArg] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string | undefined,
];
// A short checkpoint interval (the WAL-loss test) leaves some saves in the file and some in the log.
const options = checkpointArg ? { checkpointEveryMs: Number(checkpointArg) } : {};
const lib = await startLibraryThread(threadScript, { dir: dataDir, options });
let { document, revision } = await lib.maps.load(mapId);
const lane = document.lanes.find((l) => l.type === 'cards')!;
for (let n = Number(firstArg); ; n++) {
  const stage = document.stages[n % document.stages.length]!;
  document = addCard(document, { laneId: lane.id, stageId: stage.id, id: `edit-${n}`, text: `Chỉnh sửa số ${n}` });
  revision = (await lib.saveMap(document, revision)).revision;
  writeSync(1, `${n}\n`);
}
