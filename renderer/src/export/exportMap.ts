import { EXPORT_FORMATS, type ExportFormatId } from '../../../shared/exchange/exportFormats';
import type { WaymarkApi } from '../../../shared/ipc/api';
import type { JourneyMap } from '../../../shared/model/types';
import { unwrap } from '../ipc/bridge';
import { EXPORT_BUILDERS } from './builders';
import { detailFamily } from './detailFamily';
import type { ExportControl, ExportOptions, ExportProgress } from './exportTypes';
import { ExportCancelled } from './worker/exportThread';
import type { LibraryInsight } from '../../../shared/model/insight';

export type { ExportControl, ExportOptions, ExportProgress } from './exportTypes';

export { ExportCancelled } from './worker/exportThread';

/** Lets the UI paint (progress, the Cancel button) between steps, and honours Cancel. */
async function checkpoint(
  control: ExportControl,
  step: ExportProgress['step'],
  fraction: number,
  page?: ExportProgress['page'],
): Promise<void> {
  control.onProgress?.({ step, fraction, ...(page ? { page } : {}) });
  await new Promise((r) => setTimeout(r, 0));
  if (control.signal?.aborted) throw new ExportCancelled('Export cancelled.');
}

/** The pictures the maps' cards show, as data URLs by hash: each fetched from the library once. */
async function citedInsights(api: WaymarkApi, maps: readonly JourneyMap[]): Promise<LibraryInsight[]> {
  const ids = [...new Set(maps.flatMap((m) => m.cards.flatMap((c) => c.insights)))];
  return ids.length ? unwrap(api.insights.byIds({ ids })) : [];
}

async function cardPictures(api: WaymarkApi, maps: readonly JourneyMap[]): Promise<Map<string, string>> {
  const hashes = [...new Set(maps.flatMap((doc) => doc.cards.flatMap((c) => (c.picture ? [c.picture.hash] : []))))];
  const found = await Promise.all(
    hashes.map(async (hash) => [hash, await unwrap(api.pictures.get({ hash }))] as const),
  );
  return new Map(found.filter((e): e is readonly [string, string] => e[1] !== null));
}

/**
 * Builds one export from the map model with its format's builder and hands the bytes to the
 * main process, which asks where to save and writes the file. Returns the saved path, or null
 * when the user cancelled.
 */
export async function exportMap(
  api: WaymarkApi,
  doc: JourneyMap,
  format: ExportFormatId,
  options: ExportOptions = {},
  control: ExportControl = {},
): Promise<string | null> {
  // A .waymark file carries the detail maps the map opens into, so its links work where it goes.
  const detailMaps = format === 'json' ? await detailFamily(api, doc) : [];
  // The research the cards cite, as the library has it now (a .waymark file carries its detail maps' too).
  const insights = await citedInsights(api, [doc, ...detailMaps]);
  const pictures = await cardPictures(api, [doc, ...detailMaps]);
  const data = await EXPORT_BUILDERS[format]({
    api,
    doc,
    options: {
      ...options,
      ...(pictures.size ? { pictures } : {}),
      ...(detailMaps.length ? { detailMaps } : {}),
      ...(insights?.length ? { insights } : {}),
    },
    control,
    checkpoint: (step, fraction, page) => checkpoint(control, step, fraction, page),
  });
  await checkpoint(control, 'saving', 0.9);
  const { encoding } = EXPORT_FORMATS[format];
  const result = await unwrap(api.files.save({ suggestedName: doc.title, format, data, encoding }));
  return result.saved ? result.path : null;
}
