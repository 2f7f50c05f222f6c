// Child process for the library hardening tests. Modes:
//  race <dir> <mapId> <n>: saves n edits of one map, reloading on a stale revision; prints
//    how many saves failed with anything other than a stale revision (e.g. "database is locked").
//  crash <dir> <mapId> <saves> <waitMs> <after>: saves, waits (letting a checkpoint run), saves
//    again, then kills itself as a crash would: no close, no final checkpoint.
import { writeSync } from 'node:fs';
import { createLibraryServices } from '../../../electron/main/library/services';
import { LibraryError } from '../../../electron/main/library/errors';
import { addCard } from '../../../shared/model/operations';

const [mode, dir, mapId, a = '0', b = '0', c = '0'] = process.argv.slice(2) as string[];
const lib = createLibraryServices(dir!, { checkpointEveryMs: 200 });

function edit(n: number): void {
  const { document, revision } = lib.maps.load(mapId!);
  const lane = document.lanes.find((l) => l.type === 'cards')!;
  const next = addCard(document, { laneId: lane.id, stageId: document.stages[0]!.id, text: `${process.pid}-${n}` });
  lib.saveMap(next, revision);
  lib.afterRequest();
}

if (mode === 'race') {
  let failed = 0;
  let saved = 0;
  for (let n = 0; saved < Number(a); n++) {
    try {
      edit(n);
      saved += 1;
    } catch (err) {
      if (!(err instanceof LibraryError && err.code === 'STALE_REVISION')) failed += 1;
      if (failed > 50) break;
    }
  }
  writeSync(1, JSON.stringify({ saved, failed }));
  lib.close();
} else {
  for (let n = 0; n < Number(a); n++) edit(n);
  await new Promise((r) => setTimeout(r, Number(b)));
  for (let n = 0; n < Number(c); n++) edit(1000 + n);
  writeSync(1, 'saved\n');
  process.kill(process.pid, 'SIGKILL');
}
