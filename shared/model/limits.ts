// Every bound Waymark enforces, declared once: what a map may hold, and below it what a file,
// a picture, a workbook, a PNG and a workshop room may be. The schema, the importers and the
// pre-parse check of files all read these numbers, so a refusal names the same limit
// wherever it is hit. They are far above what a real journey map holds (the largest example
// has 1,000 cards) and low enough that a hostile file cannot exhaust memory or hang a window.

export const LIMITS = {
  stages: 100,
  lanes: 50,
  cards: 20_000,
  connectors: 10_000,
  emotions: 100,
  sources: 500,
  questions: 2_000,
  metricRecords: 20_000,
  /** Dots of every vote kept on a map (60 people × 20 dots × a few rounds). */
  votes: 20_000,
  comments: 20_000,
  /** Characters in a comment on a card. */
  commentChars: 1_000,
  /** Characters in a person's name in a workshop room. */
  nameChars: 40,
  cardSources: 50,
  cardTags: 20,
  /** Characters in one tag. */
  tagChars: 50,
  personaGoals: 50,
  /** Steps (sub-columns) one stage is divided into. */
  stepsPerStage: 12,
  /** Personas on one map beside the main one, each with its own curve (five in all). */
  extraPersonas: 4,
  /** Characters in a title, a name, an owner or a label. */
  titleChars: 200,
  /** Characters in a card: long enough for a pasted interview quote. */
  cardTextChars: 20_000,
  /** Characters in the scenario, a persona description or an answer. */
  longTextChars: 5_000,
  /** Detail maps a .waymark file carries with its map (its detail journeys, theirs, and so on). */
  detailMapsPerFile: 50,
  /** Insights one card cites from the library. */
  cardInsights: 50,
  /** Opportunities in one map's backlog. */
  opportunities: 500,
  /** Cards one opportunity addresses. */
  opportunityCards: 200,
  /** Insights in the library: ten times a large research programme. */
  insights: 100_000,
  /** Characters in one insight: a long interview answer. */
  insightChars: 5_000,
  /** Insights pasted or imported at once (one a line, one a row). */
  insightsPerImport: 5_000,
  /** Tags on one insight. */
  insightTags: 20,
} as const;

/** Bounds on the shape of any JSON file before it is parsed (see electron/main/files/jsonShape). */
export const FILE_SHAPE_LIMITS = {
  /** Map files larger than this are refused before reading. */
  bytes: 50 * 1024 * 1024,
  /** Nesting depth: a map document is 5 levels deep, an OJF file 6. */
  depth: 32,
  /** Keys of any one object: our widest object has 20. */
  keysPerObject: 200,
  /** Items of any one array: the largest collection (cards, metric records). */
  itemsPerArray: 20_000,
  /** Values of every kind in the whole file: ~25 per card at the largest map. */
  values: 1_000_000,
  /** Characters of any one string or key: the largest is a picture a .waymark file carries (base64). */
  stringChars: 4_300_000,
} as const;

export type FileShapeLimit = keyof typeof FILE_SHAPE_LIMITS;

/** Pictures: a card's picture and a persona's photo (shared/model/pictures.ts checks them). */
export const PICTURE_LIMITS = {
  card: {
    /** Largest file a person may pick, paste or drop; it is downscaled before it is stored. */
    pickBytes: 20 * 1024 * 1024,
    /** Longest edge of a stored picture, in pixels: sharp on a card, in a report and on a slide. */
    edge: 1600,
    /** Largest picture the library stores. */
    storeBytes: 3 * 1024 * 1024,
  },
  photo: {
    pickBytes: 20 * 1024 * 1024,
    /** A persona's photo is drawn small (an avatar): 512 px is sharp at every size it is shown. */
    edge: 512,
    storeBytes: 1024 * 1024,
  },
  /** Pictures a .waymark file may carry in all (its whole size is bounded too). */
  fileBytes: 40 * 1024 * 1024,
} as const;

/** What a workbook may be: far above a journey map, low enough to stay bounded. */
export const XLSX_LIMITS = {
  /** The file as stored. */
  bytes: 20 * 1024 * 1024,
  /** All its parts unpacked: a zip bomb is refused before anything is unpacked. */
  unpackedBytes: 100 * 1024 * 1024,
  parts: 2_000,
  sheets: 50,
  rowsPerSheet: 25_000,
  columnsPerSheet: 200,
  /**
   * Cells in the whole book, counted as the sheets unpack and again as their grids (rows ×
   * columns) before they are read: a 1,000-card map is about 10,000. Also bounds shared
   * strings and their rich-text runs.
   */
  cells: 300_000,
} as const;

/**
 * Every file to import is read on a thread of its own: stopped after this long, or past this
 * heap, and refused in words. An ordinary 1,000-card workbook reads in about a second.
 */
export const IMPORT_LIMITS = {
  ms: 20_000,
  heapMb: 768,
} as const;

/**
 * How a PNG is made at any size: drawn in tiles that each stay far inside Chromium's canvas limits
 * (a side over 32,767 px or an area over ~268 million pixels draws nothing), stitched band by band
 * into one PNG by the export thread's streamed encoder. Only the file's own size is bounded.
 */
export const PNG_LIMITS = {
  /** Within these a PNG is drawn on one canvas and encoded by the browser's own (native) encoder. */
  oneCanvas: { side: 16_384, area: 120_000_000 },
  /** Beyond them, a tile's side in device pixels. */
  tileSide: 4096,
  /** The pixels of one band of rows handed to the encoder at once (64 MB of RGBA). */
  bandPixels: 16_777_216,
  /** The largest PNG made: 500 million pixels (2 GB of RGBA before compression). */
  maxPixels: 500_000_000,
} as const;

/**
 * What one workshop room allows (the README's room section quotes them). The phone page reads
 * them too, so it can tell a person before it sends something the room would refuse.
 */
export const ROOM_LIMITS = {
  /** Bytes in one message from a participant. */
  messageBytes: 256 * 1024,
  /** People connected at once (a person is a browser key, not a socket). */
  participants: 60,
  /** Updates a person may send per minute (a burst of typing is many). */
  updatesPerMinute: 600,
  /** Characters in a card a participant writes (a phone's card; the facilitator's may be longer). */
  participantCardChars: 2_000,
  /** Dots each person may place in one vote. */
  dotsPerPerson: 20,
  /** A room's whole Yjs state crossing from the window (base64): a 20,000-card map stays well under it. */
  stateBase64Bytes: 64 * 1024 * 1024,
  /** Sockets one person (one browser key) may have open at once: a phone, a reloaded tab, a laptop. */
  socketsPerPerson: 3,
  /**
   * Bytes of participants' accepted changes one person may add to the room's document, and all
   * of them together: the document every newcomer downloads grows by at most these. A person
   * typing for two hours sends about 2 MB.
   */
  personBytes: 4 * 1024 * 1024,
  roomGrowthBytes: 24 * 1024 * 1024,
  /** Bytes waiting to go out to one socket: past this the room stops writing and drops the reader that fell behind. */
  socketBufferBytes: 8 * 1024 * 1024,
  /** Times a person may ask for the map from scratch in a minute (a reconnecting phone asks once). */
  fullStatesPerMinute: 10,
  /** Presence states one socket may announce: its own person's, one at a time. */
  presencePerSocket: 1,
  /** How often, at most, everyone is sent the list of who is in the room (ms). */
  peopleEveryMs: 100,
  /** Malformed frames a socket may send before the room disconnects it. */
  malformedFrames: 5,
  /** A ping this often: a socket that has not answered the previous one is closed (so within two intervals). */
  pingMs: 15_000,
  /** Time a connection has to send its request headers before the room closes it. */
  headersMs: 10_000,
  /** Heap of the room's own thread (MB): a room that needs more is stopped and started again on the same link. */
  threadHeapMb: 384,
  /** Times the room's thread is started again within `restartWindowMs` before the host is told it is gone. */
  threadRestarts: 3,
  restartWindowMs: 60_000,
} as const;
