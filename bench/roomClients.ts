// The participants of `npm run bench -- --room`, in a worker thread so that the host's heap
// (the bench's main thread runs the room server) holds only what the room costs the host.
// Each joins over the real protocol on loopback and adds its cards spread over the window.
import { parentPort, workerData } from 'node:worker_threads';
import { newId } from '../shared/model/ids';
import { addCard } from '../shared/model/operations';
import { readMap } from '../shared/collab/mapBinding';
import { participant, waitFor } from '../tests/helpers/roomPeer';

interface Plan {
  url: string;
  people: number;
  cardsEach: number;
  seconds: number;
}

const plan = workerData as Plan;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function person(i: number, sent: { id: string; at: number }[]): Promise<number> {
  const me = await participant(plan.url);
  me.present({ name: `Người ${i + 1}`, stage: null, editing: false });
  const gap = (plan.seconds * 1000) / plan.cardsEach;
  await sleep(Math.random() * gap);
  for (let n = 0; n < plan.cardsEach; n++) {
    const map = readMap(me.doc);
    const lanes = map.lanes.filter((l) => l.type === 'cards');
    const laneId = lanes[(i + n) % lanes.length]!.id;
    const stageId = map.stages[(i * 7 + n) % map.stages.length]!.id;
    const id = newId();
    sent.push({ id, at: Date.now() });
    me.edit((d) => addCard(d, { laneId, stageId, id, text: `Thẻ ${n + 1} của người ${i + 1}` }), id);
    await sleep(gap);
  }
  await waitFor(() => me.refusals.length > 0, 1000);
  const refused = me.refusals.length;
  if (refused) console.warn(`[bench] person ${i + 1}: refused`, JSON.stringify(me.refusals.slice(0, 2)));
  me.socket.close();
  return refused;
}

const sent: { id: string; at: number }[] = [];
const refused = await Promise.all(Array.from({ length: plan.people }, (_, i) => person(i, sent)));
parentPort!.postMessage({ sent, refused: refused.reduce((a, b) => a + b, 0) });
