// Runs anywhere. The `board:` area (issue 24): the support desk's view of the latest sweep kept in the sweep
// store: incidents first, counts by cause and by who fixes, what changed since the sweep before, the homes
// (filtered, searched), one home's history across sweeps, and a CSV for the platform's ticket system.
// Homes are named by the platform's reference only: no e-mail or other personal data crosses this area.
import { z } from 'zod';
import { TextRefSchema } from '@shared/text/text-ref';
import { channel, NoArgs } from '../define';

/** Who acts, as the sweep stores it (`none`: no actor recorded, e.g. a healthy home). */
export const BoardActorSchema = z.enum(['customer', 'installer', 'tesla', 'app', 'platform', 'wait', 'none']);
export type BoardActor = z.infer<typeof BoardActorSchema>;

export const BoardChangeKindSchema = z.enum(['newly_broken', 'recovered', 'changed']);
export type BoardChangeKind = z.infer<typeof BoardChangeKindSchema>;

const RefSchema = z.string().trim().min(1).max(200);
/** A cause as stored: a root check id, `healthy`, or a connection cause (`connection.*`). */
const CauseSchema = z.string().max(200);

export const BoardSweepSchema = z.object({
  id: z.number().int(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  status: z.enum(['running', 'done', 'stopped']),
  homes: z.number().int().nonnegative(),
  requests: z.number().int().nonnegative(),
  wakes: z.number().int().nonnegative(),
  rateLimited: z.number().int().nonnegative(),
});
export type BoardSweep = z.infer<typeof BoardSweepSchema>;

export const BoardIncidentSchema = z.object({
  cause: CauseSchema,
  actor: BoardActorSchema,
  /** Never "reconnect": a wave is waited out or answered by the platform, not fixed home by home. */
  advice: z.enum(['wait', 'platform']),
  share: z.number().min(0).max(1),
  homes: z.number().int().nonnegative(),
});
export type BoardIncident = z.infer<typeof BoardIncidentSchema>;

export const BoardChangeSchema = z.object({
  ref: z.string(),
  kind: BoardChangeKindSchema,
  fromCause: z.string().nullable(),
  toCause: z.string(),
});
export type BoardChange = z.infer<typeof BoardChangeSchema>;

const CountSchema = z.object({ count: z.number().int().nonnegative() });

export const BoardSummarySchema = z.object({
  /** Null: no sweep was ever stored (the screen says what to run). */
  sweep: BoardSweepSchema.nullable(),
  /** Where the results come from, for the screen: the embedded store or a server (never its password). */
  store: z.object({ kind: z.enum(['pglite', 'postgres']), label: z.string() }),
  incidents: z.array(BoardIncidentSchema),
  byCause: z.array(CountSchema.extend({ cause: CauseSchema })),
  byActor: z.array(CountSchema.extend({ actor: BoardActorSchema })),
  changes: z.object({
    newlyBroken: z.number().int().nonnegative(),
    recovered: z.number().int().nonnegative(),
    /** The first changes (newly broken first), up to 200. */
    items: z.array(BoardChangeSchema),
  }),
});
export type BoardSummary = z.infer<typeof BoardSummarySchema>;

export const BoardFilterSchema = z
  .object({
    cause: CauseSchema.optional(),
    actor: BoardActorSchema.optional(),
    /** true: only homes in one of the latest sweep's incidents; false: only homes outside them. */
    incident: z.boolean().optional(),
    /** Only homes that changed at the latest sweep (this way, or any way with `any`). */
    changed: z.enum(['newly_broken', 'recovered', 'changed', 'any']).optional(),
    /** Part of the platform's reference, any case. */
    search: z.string().trim().max(200).optional(),
  })
  .strict();
export type BoardFilter = z.infer<typeof BoardFilterSchema>;

export const BoardHomeSchema = z.object({
  ref: z.string(),
  region: z.string().nullable(),
  /** Null: listed by the platform but not swept yet. */
  cause: z.string().nullable(),
  /** Who acts: the incident's actor for a home in an incident, else the home's own. */
  actor: BoardActorSchema,
  /** The cause of the latest sweep's incident this home belongs to, or null. */
  incident: z.string().nullable(),
  change: BoardChangeKindSchema.nullable(),
  lastSweptAt: z.string().nullable(),
});
export type BoardHome = z.infer<typeof BoardHomeSchema>;

export const BOARD_PAGE_LIMIT = 500;

export const BoardHomesSchema = z.object({
  homes: z.array(BoardHomeSchema),
  /** Homes matching the filter (the list shows the first BOARD_PAGE_LIMIT). */
  total: z.number().int().nonnegative(),
});
export type BoardHomes = z.infer<typeof BoardHomesSchema>;

export const BoardCheckSchema = z.object({
  id: z.string(),
  status: z.string(),
  text: TextRefSchema.optional(),
  actor: BoardActorSchema.optional(),
});
export type BoardCheck = z.infer<typeof BoardCheckSchema>;

export const BoardHistoryEntrySchema = z.object({
  sweepId: z.number().int(),
  sweptAt: z.string(),
  cause: z.string(),
  actor: BoardActorSchema,
  dataAgeSeconds: z.number().nullable(),
  /** The checks that did not pass at that sweep, as stored (their words: `checks.<text.key>.title`). */
  checks: z.array(BoardCheckSchema),
});
export type BoardHistoryEntry = z.infer<typeof BoardHistoryEntrySchema>;

export const BoardHomeDetailSchema = z.object({
  /** Null: no home with this reference in the store. */
  home: BoardHomeSchema.nullable(),
  /** Newest first; the first is the latest stored result. */
  history: z.array(BoardHistoryEntrySchema),
});
export type BoardHomeDetail = z.infer<typeof BoardHomeDetailSchema>;

export const BoardCsvSchema = z.object({
  fileName: z.string(),
  rows: z.number().int().nonnegative(),
  download: z.object({ mimeType: z.literal('text/csv'), encoding: z.literal('utf8'), data: z.string() }),
});
export type BoardCsv = z.infer<typeof BoardCsvSchema>;

/** Where the Board reads: the embedded store in the data folder, or a PostgreSQL server (a team desk). */
export const StoreSettingSchema = z.object({
  kind: z.enum(['embedded', 'postgres']),
  /** The server's address without its password (null for the embedded store). */
  url: z.string().nullable(),
  /** A password for the server is kept in the keychain (never sent back). */
  hasPassword: z.boolean(),
});
export type StoreSetting = z.infer<typeof StoreSettingSchema>;

export const StoreSettingInputSchema = z
  .object({
    kind: z.enum(['embedded', 'postgres']),
    /** postgres://user@host:5432/database (a password in it is moved to the keychain). */
    url: z.string().trim().max(500).optional(),
    /** Typed apart from the address; absent: the one kept stays. */
    password: z.string().max(500).optional(),
  })
  .strict();
export type StoreSettingInput = z.infer<typeof StoreSettingInputSchema>;

export const StoreProblemSchema = z.enum([
  'bad_url',
  'refused',
  'unknown_host',
  'auth',
  'no_database',
  'timeout',
  'other',
]);
export type StoreProblem = z.infer<typeof StoreProblemSchema>;

export const StoreTestSchema = z.object({
  ok: z.boolean(),
  problem: StoreProblemSchema.optional(),
  /** The server's own words (no password), for whoever runs the server. */
  detail: z.string().optional(),
});
export type StoreTest = z.infer<typeof StoreTestSchema>;

export const boardChannels = {
  'board:summary': channel(NoArgs, BoardSummarySchema),
  'board:homes': channel(BoardFilterSchema, BoardHomesSchema),
  'board:home': channel(z.object({ ref: RefSchema }).strict(), BoardHomeDetailSchema),
  /** The homes matching the filter as CSV (refs, cause, actor, incident, since when): no personal data. */
  'board:exportCsv': channel(BoardFilterSchema, BoardCsvSchema),
  'board:storeSetting': channel(NoArgs, StoreSettingSchema),
  'board:setStore': channel(StoreSettingInputSchema, StoreSettingSchema),
  /** Opens the store as given (or as saved, when nothing is given) and says in plain words what is wrong. */
  'board:testStore': channel(StoreSettingInputSchema, StoreTestSchema),
} as const;
