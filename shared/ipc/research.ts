import { z } from 'zod';
import { INSIGHT_SOURCES } from '../model/constants';
import { type LibraryInsight, insightFieldsSchema } from '../model/insight';
import { LIMITS } from '../model/limits';
import type { Opportunity } from '../model/types';

// What the insight library and the whole library's backlog carry over IPC.

/** A page of the insight library: a search (accent-blind) or the newest, optionally of one source. */
export const insightQuerySchema = z.strictObject({
  query: z.string().max(500),
  source: z.enum(INSIGHT_SOURCES).nullable(),
  limit: z.number().int().min(1).max(500),
  offset: z.number().int().min(0).max(LIMITS.insights),
});
export type InsightQuery = z.infer<typeof insightQuerySchema>;

export interface InsightPage {
  items: LibraryInsight[];
  /** How many insights match in all (the page holds at most `limit`). */
  total: number;
}

/** A card that cites an insight, for "where is this used". */
export interface InsightCitation {
  mapId: string;
  mapTitle: string;
  cardId: string;
  cardText: string;
}

/** Many insights at once (pasted lines, an imported notes file): all are stored or none. */
export const insightBatchSchema = z.strictObject({
  items: z.array(insightFieldsSchema).min(1).max(LIMITS.insightsPerImport),
});

/** One opportunity of the whole library's backlog, with the map it is on. */
export interface BacklogEntry {
  mapId: string;
  mapTitle: string;
  opportunity: Opportunity;
  /** The room's dots on the cards it addresses. */
  dots: number;
}

export { insightFieldsSchema, type LibraryInsight };

export type { NotesTable, NoteField } from '../exchange/notesImport';
export { NOTE_FIELDS } from '../exchange/notesImport';
