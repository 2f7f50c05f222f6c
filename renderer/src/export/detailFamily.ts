import type { WaymarkApi } from '../../../shared/ipc/api';
import { detailLinks } from '../../../shared/model/detailLinks';
import { LIMITS } from '../../../shared/model/limits';
import type { JourneyMap, MapSummary } from '../../../shared/model/types';
import { unwrap } from '../ipc/bridge';
import { ExportRefusal } from './pagePlan';

/**
 * The maps a map opens into, the maps those open into, and so on: what a .waymark file carries
 * with it so its links still work where it is imported. Each once, never the map itself, only
 * maps in the library (a link to one in the trash stays a broken link). Starts from the map as
 * open, whose newest links may not be stored yet.
 */
export async function detailFamily(api: WaymarkApi, doc: JourneyMap): Promise<JourneyMap[]> {
  const known = new Map<string, MapSummary>();
  const learn = async (id: string) => {
    for (const m of await unwrap(api.maps.list({ family: id }))) known.set(m.id, m);
  };
  const below: string[] = [];
  const seen = new Set([doc.id]);
  let frontier = detailLinks(doc);
  while (frontier.length) {
    const next: string[] = [];
    for (const id of frontier) {
      if (seen.has(id)) continue;
      seen.add(id);
      if (!known.has(id)) await learn(id);
      const map = known.get(id);
      if (!map) continue;
      below.push(id);
      next.push(...map.details.map((l) => l.id));
    }
    frontier = next;
  }
  const max = LIMITS.detailMapsPerFile;
  if (below.length > max)
    throw new ExportRefusal(
      `This map opens into ${below.length} detail maps (with theirs); a .waymark file carries up to ${max}.`,
      { key: 'export.tooManyDetailMaps', params: { count: below.length, max } },
    );
  return Promise.all(below.map(async (id) => (await unwrap(api.maps.load({ id }))).document));
}
