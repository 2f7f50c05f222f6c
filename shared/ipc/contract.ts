import { z } from 'zod';
import { EXPORT_FORMAT_IDS, type ExportFormatId } from '../exchange/exportFormats';
import { visibleTitle } from '../model/cleanText';
import { LANGUAGES, MAP_KINDS, MAP_SORTS, TITLE_MAX } from '../model/constants';
import { type LibraryPersona, personaFieldsSchema } from '../model/persona';
import type { JourneyMap, MapSummary } from '../model/types';
import type { Channel } from './channels';
import type { PictureRef } from '../model/pictures';
import { LIMITS, PICTURE_LIMITS, ROOM_LIMITS } from '../model/limits';
import type { ImportPreview } from '../exchange/xlsx/fromTables';
import type { ExportFace } from '../render/typeface';

import {
  type BacklogEntry,
  type InsightCitation,
  type InsightPage,
  type LibraryInsight,
  type NotesTable,
  insightBatchSchema,
  insightFieldsSchema,
  insightQuerySchema,
} from './research';

export { CHANNELS, isChannel, type Channel } from './channels';
export type { BacklogEntry, InsightCitation, InsightPage, InsightQuery, NotesTable } from './research';

const id = z.string().min(1).max(100);
const title = visibleTitle(TITLE_MAX, 'A map needs a title.');
const none = z.strictObject({});

export interface RoomInfo {
  /** The join link (it carries the room's token). */
  url: string;
  /** The address the room listens on. */
  address: string;
  /** The room came back with its old link after the host restarted: phones rejoin by themselves. */
  resumed: boolean;
}

export interface LoadedMap {
  document: JourneyMap;
  revision: number;
}
export interface SavedMap {
  revision: number;
  updatedAt: string;
}
export interface SnapshotSummary {
  id: string;
  mapId: string;
  revision: number;
  /** 'auto', 'before-restore', or what the person or action named it. */
  label: string;
  createdAt: string;
  thumbnail: string | null;
  cardCount: number;
}
export interface LibraryInfo {
  /** Absolute path of the SQLite file. */
  file: string;
  schemaVersion: number;
  /** Set when a damaged library file was moved aside at start-up. */
  movedAside: string | null;
  /** The file cannot be written: maps can be viewed and exported, editing is off. */
  readOnly: boolean;
  /** Saved changes found missing at start-up (the write-ahead log was removed after a crash). */
  walLost: { lost: number; lastSavedAt: string } | null;
}

/** Ties a request schema to a response type; the response exists only at the type level. */
function channel<Res>() {
  return <Req extends z.ZodType>(request: Req) => ({ request, response: undefined as unknown as Res });
}

/**
 * Every channel between renderer and main. Names are `namespace:method`; the preload and the
 * e2e harness build `window.waymark.namespace.method()` from this table and nothing else.
 */
export const contract = {
  'library:info': channel<LibraryInfo>()(none),
  /** Shows the library file in the system's file manager (the main process knows the path). */
  'library:showInFolder': channel<null>()(none),
  'maps:list': channel<MapSummary[]>()(
    z.strictObject({
      trash: z.boolean().optional(),
      query: z.string().max(500).optional(),
      kind: z.enum(MAP_KINDS).optional(),
      sort: z.enum(MAP_SORTS).optional(),
      /** Only the maps joined to this one by detail links (its "family"). */
      family: id.optional(),
    }),
  ),
  'maps:create': channel<LoadedMap>()(
    z.strictObject({ kind: z.enum(MAP_KINDS), language: z.enum(LANGUAGES), title: title.optional() }),
  ),
  'maps:load': channel<LoadedMap>()(z.strictObject({ id })),
  'maps:save': channel<SavedMap>()(
    // The document is validated by the library, which reports it as INVALID_DOCUMENT.
    z.strictObject({ document: z.unknown(), baseRevision: z.number().int().min(0) }),
  ),
  'maps:rename': channel<MapSummary>()(z.strictObject({ id, title })),
  'maps:duplicate': channel<MapSummary>()(z.strictObject({ id, title: title.optional() })),
  'maps:delete': channel<MapSummary>()(z.strictObject({ id })),
  'maps:restore': channel<MapSummary>()(z.strictObject({ id })),
  /** A new future-state map derived from a current-state map (cards keep their lineage). */
  'maps:deriveFuture': channel<LoadedMap>()(z.strictObject({ id })),
  /** The most recently opened maps, newest first: ids and titles only (File ▸ Recent). */
  'maps:recent': channel<{ id: string; title: string }[]>()(z.strictObject({ limit: z.number().int().min(1).max(20) })),
  /** The maps derived from this one. */
  'maps:derived': channel<MapSummary[]>()(z.strictObject({ id })),
  'maps:emptyTrash': channel<{ deleted: number }>()(none),
  /** A new map from one of the bundled examples (shared/templates/examples). */
  'maps:createExample': channel<LoadedMap>()(z.strictObject({ example: z.string().min(1).max(100) })),
  'snapshots:restore': channel<LoadedMap>()(
    z.strictObject({ mapId: id, snapshotId: id, baseRevision: z.number().int().min(0) }),
  ),
  'personas:list': channel<LibraryPersona[]>()(none),
  'personas:get': channel<LibraryPersona>()(z.strictObject({ id })),
  'personas:create': channel<LibraryPersona>()(personaFieldsSchema),
  'personas:update': channel<LibraryPersona>()(z.strictObject({ id, fields: personaFieldsSchema })),
  /** A photo already downscaled by the renderer, base64; null removes the photo. */
  /** Stores a downscaled picture (JPEG or PNG, base64) once in the library; it is checked again there. */
  'pictures:put': channel<PictureRef>()(
    z.strictObject({ data: z.string().max(Math.ceil((PICTURE_LIMITS.card.storeBytes * 4) / 3) + 4096) }),
  ),
  /** A stored picture as a data: URL, or null when the library does not have it. */
  'pictures:get': channel<string | null>()(z.strictObject({ hash: z.string().regex(/^[0-9a-f]{64}$/) })),
  'personas:setPhoto': channel<LibraryPersona>()(
    z.strictObject({
      id,
      data: z
        .string()
        .max(Math.ceil((PICTURE_LIMITS.photo.storeBytes * 4) / 3) + 4096)
        .nullable(),
    }),
  ),
  /** Maps that used the persona keep a copy of it as their own; their ids are returned. */
  'personas:delete': channel<{ changedMapIds: string[] }>()(z.strictObject({ id })),
  'insights:list': channel<InsightPage>()(insightQuerySchema),
  /** The insights a map's cards cite (those the library still has). */
  'insights:byIds': channel<LibraryInsight[]>()(z.strictObject({ ids: z.array(id).max(LIMITS.cards) })),
  /** One the library already has (same words, kind, source, person, date) is returned, `existed`. */
  'insights:create': channel<{ insight: LibraryInsight; existed: boolean }>()(insightFieldsSchema),
  'insights:createMany': channel<{ ids: string[]; created: number; existing: number }>()(insightBatchSchema),
  'insights:update': channel<LibraryInsight>()(z.strictObject({ id, fields: insightFieldsSchema })),
  /** Cards that cited it stop citing it; the ids of the maps changed are returned. */
  'insights:delete': channel<{ changedMapIds: string[] }>()(z.strictObject({ id })),
  'insights:citations': channel<InsightCitation[]>()(z.strictObject({ id })),
  /** Every opportunity of every map not in the trash, map by map in the maps' backlog order. */
  'backlog:list': channel<BacklogEntry[]>()(none),
  /** Asks for a file of research notes and reads it for the import preview; stores nothing. */
  'notes:read': channel<{ table: NotesTable } | { cancelled: true }>()(none),
  'snapshots:create': channel<SnapshotSummary>()(z.strictObject({ mapId: id, label: z.string().max(TITLE_MAX) })),
  'snapshots:list': channel<SnapshotSummary[]>()(z.strictObject({ mapId: id })),
  /** Opens a file dialog in the main process and imports the chosen file as a new map. */
  /** A map file is imported at once; a workbook is read and previewed, and imported on confirm. */
  'maps:import': channel<{ imported: MapSummary } | { cancelled: true } | { preview: ImportPreview }>()(none),
  'maps:importConfirm': channel<{ imported: MapSummary }>()(none),
  'maps:importDiscard': channel<null>()(none),
  /**
   * Asks the main process to save export bytes: it shows the save dialog and writes atomically.
   * The renderer never names a path.
   */
  'files:save': channel<{ saved: true; path: string } | { saved: false }>()(
    z.strictObject({
      suggestedName: z.string().trim().min(1).max(200),
      format: z.enum(EXPORT_FORMAT_IDS as [ExportFormatId, ...ExportFormatId[]]),
      data: z.string().max(400 * 1024 * 1024),
      encoding: z.enum(['base64', 'utf8']),
    }),
  ),
  /** Opens a file this session exported, or shows it in the system's file manager. */
  'files:reveal': channel<null>()(z.strictObject({ path: z.string().min(1).max(4096), open: z.boolean() })),
  /** The faces exports embed (shared/render/typeface.ts: regular, bold, symbols) as base64 TTF. */
  'assets:fonts': channel<Record<ExportFace, string>>()(none),
  /** The interface language and the commands that can run now, for the native menu. */
  'app:menuState': channel<null>()(
    z.strictObject({
      language: z.enum(LANGUAGES),
      enabled: z.array(z.string().max(100)).max(500),
      recent: z.array(z.strictObject({ id, title: z.string().max(TITLE_MAX) })).max(10),
    }),
  ),
  /**
   * Opens a workshop room for the open map, on the local network or this computer only. The
   * renderer sends the map's whole Yjs state (base64); the room starts from it.
   */
  'room:open': channel<RoomInfo>()(
    z.strictObject({
      mapId: id,
      network: z.enum(['lan', 'loopback']),
      /** One of room:networks' addresses; the first when not given. */
      address: z.string().max(100).optional(),
      state: z.string().max(ROOM_LIMITS.stateBase64Bytes),
    }),
  ),
  /** The local networks a room can listen on (a choice when there are several). */
  'room:networks': channel<{ name: string; address: string }[]>()(none),
  /** This window's edits to the room's map (a Yjs update, base64). */
  'room:update': channel<null>()(z.strictObject({ update: z.string().max(ROOM_LIMITS.stateBase64Bytes) })),
  /** Makes a person a co-facilitator (full edit) or a participant again. */
  'room:setRole': channel<null>()(z.strictObject({ personId: id, role: z.enum(['participant', 'cofacilitator']) })),
  /**
   * Disconnects a person and keeps them out of this room (their browser key, and the address
   * they came from: `barred` says whether one was, so the host is offered the lobby).
   */
  'room:remove': channel<{ barred: boolean }>()(z.strictObject({ personId: id })),
  /** Newcomers wait in a lobby until the host lets each in by name (or not). */
  'room:setLobby': channel<null>()(z.strictObject({ on: z.boolean() })),
  'room:admit': channel<null>()(z.strictObject({ personId: id })),
  'room:close': channel<null>()(none),
  /** The renderer's answer to a close request: pending edits are flushed, the window may close. */
  'window:readyToClose': channel<null>()(none),
} as const;

export type Contract = typeof contract;

// The contract and the plain channel list must name the same channels, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const channelsMatch: Same<keyof Contract, Channel> = true;
void channelsMatch;

export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = Contract[C]['response'];
