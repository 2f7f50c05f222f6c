// Child process of the crash-safety test: saves numbered edits forever and reports each one on
// stdout only after the save returned, until the parent kills it.
import { writeSync } from 'node:fs';
import { createLibraryServices } from '../../../electron/main/library/services';
import { addCard } from '../../../shared/model/operations';

const [dataDir, mapId, firstArg] = process.argv.slice(2) as [string, string, string];
const lib = createLibraryServices(dataDir);
let { document, revision } = lib.maps.load(mapId);
const lane = document.lanes.find((l) => l.type === 'cards')!;
for (let n = Number(firstArg); ; n++) {
  const stage = document.stages[n % document.stages.length]!;
  document = addCard(document, { laneId: lane.id, stageId: stage.id, id: `edit-${n}`, text: `Chỉnh sửa số ${n}` });
  revision = lib.maps.save(document, revision).revision;
  writeSync(1, `${n}\n`);
}
