import { z } from 'zod';
import { hallIdSchema, recordIdSchema } from '../ids';
import {
  bureauSchema,
  departmentSchema,
  hallSchema,
  roleSchema,
  serviceWindowSchema,
} from '../domain/organization';
import { isoDaySchema, isoInstantSchema } from '../time';
import { maxWindowDays, minWindowDays } from './scope';

/**
 * Sync contract v1 (ARCHITECTURE.md): the public interface between desks and the server, base `/api/v1`.
 * Extend compatibly only: add optional fields, never change or remove one.
 */
export const apiBase = '/api/v1';
/** The version of the synced tables' shapes; bumped with each client or server schema migration. */
export const schemaVersion = 1;
export const maxPushMutations = 500;
export const maxPushBytes = 1024 * 1024;
export const maxPullLimit = 1000;

/**
 * Added compatibly: the server's epoch (docs/sync.md, "Epoch"). It changes when the server's database
 * goes back to an earlier copy (restore); a desk that stored another one sends again what the server lost.
 */
export const epochSchema = z.string().min(1).max(80);

export const healthResponseSchema = z.object({
  ok: z.literal(true),
  serverVersion: z.string(),
  schemaVersion: z.number().int(),
  /** Optional (added compatibly): see epochSchema. */
  epoch: epochSchema.optional(),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;

export const loginRequestSchema = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(200),
  deviceId: z.string().min(1).max(80),
  /**
   * Optional (added compatibly): proves the desk is the device it names. `null` — "I keep device
   * secrets but have none yet": the server issues one if the deviceId has none. Once a deviceId has a
   * secret, a sign-in naming it without that secret is refused (403 `device_not_recognized`). Absent: an
   * older desk; its deviceId stays unproven as before (docs/sync.md, "Device secrets").
   */
  deviceSecret: z.string().min(1).max(200).nullable().optional(),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const sessionStaffSchema = z.object({
  id: recordIdSchema,
  name: z.string(),
  roles: z.array(roleSchema),
  departmentId: recordIdSchema,
});
export type SessionStaff = z.infer<typeof sessionStaffSchema>;

export const loginResponseSchema = z.object({
  token: z.string(),
  expiresAt: isoInstantSchema,
  staff: sessionStaffSchema,
  /** Optional (added compatibly): issued once, at the device's first sign-in that asked for one. */
  deviceSecret: z.string().optional(),
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;

/** POST /auth/logout (signed in, added compatibly): the token is revoked at once. */
export const logoutResponseSchema = z.object({ ok: z.literal(true) });

/**
 * GET /org (signed in): the clerk's own department with its halls and windows, so a desk can be set up
 * for a department the local demo seed never knew. `bureau` is absent for a department added without
 * `--bureau`.
 */
export const orgDepartmentSchema = departmentSchema.extend({ bureau: bureauSchema.optional() });
export type OrgDepartment = z.infer<typeof orgDepartmentSchema>;

export const orgResponseSchema = z.object({
  departments: z.array(orgDepartmentSchema),
  halls: z.array(hallSchema),
  windows: z.array(serviceWindowSchema),
});
export type OrgResponse = z.infer<typeof orgResponseSchema>;

export const mutationSchema = z.object({
  seq: z.number().int().min(1),
  mutationId: z.string().min(1).max(80),
  table: z.string().min(1).max(40),
  op: z.enum(['upsert', 'delete']),
  rowId: recordIdSchema,
  fields: z.record(z.string(), z.unknown()),
  baseVersion: z.number().int().min(0),
  at: isoInstantSchema,
  /**
   * Optional (added compatibly): the staff id of who made the change at the desk. The server records
   * the change under this person if they signed in on the pushing device (a proven one) and checks the
   * write with their roles; anyone else is refused (`forbidden`, rule `authorNotSignedIn`). Absent (an
   * older desk): the signed-in pusher, as before (docs/sync.md, "Authors").
   */
  author: recordIdSchema.optional(),
});
export type Mutation = z.infer<typeof mutationSchema>;

export const pushRequestSchema = z.object({
  clientId: z.string().min(1).max(80),
  schemaVersion: z.number().int(),
  mutations: z.array(mutationSchema).max(maxPushMutations),
  /**
   * Optional (added compatibly): the epoch this desk last saw. When the server's differs, the whole
   * request is refused (409 `epoch_changed`) before anything is counted, so nothing is applied on top
   * of a history the desk has not caught up with.
   */
  epoch: epochSchema.optional(),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const conflictSchema = z.object({
  field: z.string(),
  theirValue: z.unknown(),
  theirBy: z.string(),
  /**
   * Optional (added compatibly): this write was a delete, and the row it removed held this change of
   * another desk made after the deleter's base — the change is gone with the row.
   */
  deleted: z.boolean().optional(),
});
export type Conflict = z.infer<typeof conflictSchema>;

/** Why a mutation was rejected; the client keeps and shows it (never silently dropped). */
export const rejectReasonSchema = z.enum([
  'unknown_table',
  'invalid_fields',
  'forbidden',
  'wrong_department',
  'not_found',
  'schema_mismatch',
]);
export type RejectReason = z.infer<typeof rejectReasonSchema>;

export const pushResultSchema = z.object({
  seq: z.number().int(),
  status: z.enum(['applied', 'duplicate', 'rejected']),
  version: z.number().int().optional(),
  reason: rejectReasonSchema.optional(),
  message: z.string().optional(),
  conflicts: z.array(conflictSchema).optional(),
});
export type PushResult = z.infer<typeof pushResultSchema>;

export const pushResponseSchema = z.object({
  lastSeq: z.number().int().min(0),
  results: z.array(pushResultSchema),
  /** Optional (added compatibly): the server's epoch. */
  epoch: epochSchema.optional(),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

/** Look-ups a desk may keep refreshed through its pulls (`pinned`); the newest are sent. */
export const maxPinned = 200;

export const pullQuerySchema = z.object({
  since: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(maxPullLimit).default(maxPullLimit),
  /** Optional (added compatibly): the puller's own clientId, to receive conflicts addressed to it. */
  clientId: z.string().min(1).max(80).optional(),
  /**
   * Optional (added compatibly), all three or none: the replication scope the desk asks for
   * (shared/sync/scope.ts). Without them the pull returns every row the caller may read, as before.
   */
  hallId: recordIdSchema.optional(),
  reach: z.enum(['hall', 'department']).optional(),
  windowDays: z.coerce.number().int().min(minWindowDays).max(maxWindowDays).optional(),
  /**
   * Optional (added compatibly), only with a scope: while a desk pulls again from 0 after its scope
   * changed, the cursor its local rows were pulled to under the old scope. Rows it held then that have
   * since left the scope (a case closed) are sent too, so it keeps nothing stale (docs/sync.md).
   */
  heldSince: z.coerce.number().int().min(0).optional(),
  /**
   * Optional (added compatibly), only with a scope: comma-separated ids of cases the desk fetched by
   * look-up outside its scope and keeps while they are open (at most `maxPinned`). Their changes are
   * sent like rows of the scope, so the desk keeps working on the current version.
   */
  pinned: z
    .string()
    .max(maxPinned * 81)
    .optional(),
  /** Optional (added compatibly): the epoch the desk last saw; another one is refused as for push. */
  epoch: epochSchema.optional(),
});

/** The scope a scoped pull was answered for; the desk keeps `key` with its cursor. */
export const pulledScopeSchema = z.object({
  key: z.string(),
  reach: z.enum(['hall', 'department']),
  hallId: hallIdSchema,
  windowDays: z.number().int().min(minWindowDays).max(maxWindowDays),
  /** The server's hall day and the first day of the desk's window on it (the desk evicts by these). */
  today: isoDaySchema,
  from: isoDaySchema,
});
export type PulledScope = z.infer<typeof pulledScopeSchema>;

export const pulledRowSchema = z.object({
  table: z.string(),
  id: recordIdSchema,
  version: z.number().int().min(1),
  deleted: z.boolean(),
  fields: z.record(z.string(), z.unknown()),
  /** Optional (added compatibly): who last changed the row and when, shown beside the record. */
  updatedBy: z.string().optional(),
  updatedAt: isoInstantSchema.optional(),
});
export type PulledRow = z.infer<typeof pulledRowSchema>;

/**
 * Added compatibly: a change of the puller's that another client's later write replaced (the other
 * writer was told at push time; this tells the overwritten side). `id` is the server's conflict id.
 */
export const pulledConflictSchema = z.object({
  id: z.number().int().min(1),
  table: z.string(),
  rowId: recordIdSchema,
  field: z.string(),
  /** The winning value, now on the server. */
  theirValue: z.unknown(),
  /** The winner's display name. */
  theirBy: z.string(),
  /** The puller's value that was replaced. */
  yourValue: z.unknown(),
  /** The row version the overwrite produced. */
  version: z.number().int().min(1),
  at: isoInstantSchema,
  /** Optional (added compatibly): the puller's change was removed by the winner deleting the row. */
  deleted: z.boolean().optional(),
  /**
   * Optional (added compatibly): the puller deleted the row, and another desk's edit made without
   * knowing it arrived afterwards and was refused (`not_found`, kept on that desk): `theirValue` is
   * the value that desk wanted, `theirBy` who, `yourValue` the field as it stood when deleted. Nothing
   * changed on the server; the version is one of its own.
   */
  editRefused: z.boolean().optional(),
});
export type PulledConflict = z.infer<typeof pulledConflictSchema>;

export const pullResponseSchema = z.object({
  rows: z.array(pulledRowSchema),
  cursor: z.number().int().min(0),
  hasMore: z.boolean(),
  schemaVersion: z.number().int(),
  /** Optional (added compatibly): the highest version handed out so far, so a client can estimate progress. */
  highWater: z.number().int().min(0).optional(),
  /**
   * Optional (added compatibly): conflicts addressed to the query's `clientId` whose version is in
   * (since, cursor]; a replayed pull with the same `since` sends the same ones again (dedupe by `id`).
   */
  conflicts: z.array(pulledConflictSchema).optional(),
  /** Optional (added compatibly): present when the query asked for a scope. */
  scope: pulledScopeSchema.optional(),
  /** Optional (added compatibly): the server's epoch, read in the page's snapshot. */
  epoch: epochSchema.optional(),
  /**
   * Optional (added compatibly): the caller's roles as the server has them now. A clerk made duty
   * leader (or back) keeps the token of the old role; the desk follows its scope at once.
   */
  roles: z.array(roleSchema).optional(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

/**
 * GET /sync/lookup (added compatibly): one case outside the desk's scope, fetched on demand with the
 * caller's permissions — by 一次性告知书 number, ID number, applicant name or id. Exactly one key.
 *
 * Or (added compatibly) `table` and `ids` together, nothing else: the current rows (tombstones too) of
 * any synced table by id, those the caller may read as a pull would (its department's, and city-wide
 * rows of tables that have them); ids it may not read, or that do not exist, are left out without
 * saying which. A desk fetches a row the server refused an edit of this way (renderer/sync/refetch.ts).
 */
export const lookupQuerySchema = z.object({
  notice: z.string().min(1).max(40).optional(),
  idNumber: z.string().min(1).max(18).optional(),
  name: z.string().min(1).max(40).optional(),
  id: recordIdSchema.optional(),
  table: z.string().min(1).max(40).optional(),
  /** Comma-separated record ids, at most `maxLookupIds`; only with `table`. */
  ids: z
    .string()
    .min(1)
    .max(81 * 100)
    .optional(),
});
export type LookupQuery = z.infer<typeof lookupQuerySchema>;
export const maxLookupRows = 50;
/** The most ids one `table`/`ids` look-up may name. */
export const maxLookupIds = 100;

export const lookupResponseSchema = z.object({
  rows: z.array(pulledRowSchema),
  /** More than `maxLookupRows` matched; the newest are sent. */
  truncated: z.boolean(),
});
export type LookupResponse = z.infer<typeof lookupResponseSchema>;

/**
 * Every error response body. `expectedSeq` accompanies 409 `seq_gap`. Added compatibly (all optional):
 * - `lastSeq`: the highest seq the server has counted for the client (409 `seq_gap`, `seq_reused`,
 *   `epoch_changed`), so the desk knows what the server has instead of guessing from `expectedSeq`;
 * - `epoch`, `epochBaseVersion`: the server's epoch and the version counter when it began (409
 *   `epoch_changed`; `epoch` also on `seq_gap`);
 * - `serverSchemaVersion`, `clientSchemaVersion`: 409 `schema_mismatch`, which refuses a whole push.
 */
export const errorBodySchema = z.object({
  error: z.string(),
  message: z.string(),
  expectedSeq: z.number().int().optional(),
  lastSeq: z.number().int().min(0).optional(),
  epoch: epochSchema.optional(),
  epochBaseVersion: z.number().int().min(0).optional(),
  serverSchemaVersion: z.number().int().optional(),
  clientSchemaVersion: z.number().int().optional(),
  /** With 403 scope_forbidden (added compatibly): the caller's roles now, to ask for a scope they allow. */
  roles: z.array(roleSchema).optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
