import type { Queryable } from '../db/types';

/**
 * Security events an operator must be able to show an inspector (等保 2.0; 网络安全法 §21: network
 * logs kept at least six months). The table is append-only: a trigger refuses UPDATE, and DELETE of
 * anything younger than the 180-day floor (migration "audit log"), so neither a bug nor a stolen server
 * password with only the app's SQL can rewrite history.
 */
export type AuditEvent =
  | 'login_succeeded'
  | 'login_failed'
  | 'login_locked'
  | 'token_revoked'
  | 'request_refused'
  | 'mutation_refused'
  | 'stream_refused'
  | 'operator_command';

export type AuditEntry = {
  event: AuditEvent;
  /** Staff id when known (a signed-in caller, or the account a login named). */
  staffId?: string | null;
  /** What the caller typed or the staff's username: lets `audit --user` find failed logins too. */
  username?: string | null;
  ip?: string | null;
  requestId?: string | null;
  /** Never a token, a password or an ID number; codes, paths, counts. */
  detail?: Record<string, unknown>;
};

export type AuditRecord = Required<Omit<AuditEntry, 'detail'>> & {
  id: number;
  at: string;
  detail: Record<string, unknown>;
};

/** The legal floor; `AUDIT_RETENTION_DAYS` may only raise it. */
export const minAuditRetentionDays = 180;

export const auditRetentionDays = (raw: string | undefined): number => {
  if (raw === undefined || raw === '') return minAuditRetentionDays;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < minAuditRetentionDays) {
    throw new Error(
      `AUDIT_RETENTION_DAYS must be a whole number of days, at least ${minAuditRetentionDays} (网络安全法 requires six months); got "${raw}".`,
    );
  }
  return days;
};

export const recordAudit = async (db: Queryable, entry: AuditEntry, now: Date): Promise<void> => {
  await db.query(
    `INSERT INTO audit_log (at, event, staff_id, username, ip, request_id, detail)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      now.toISOString(),
      entry.event,
      entry.staffId ?? null,
      entry.username ?? null,
      entry.ip ?? null,
      entry.requestId ?? null,
      JSON.stringify(entry.detail ?? {}),
    ],
  );
};

export type AuditQuery = { since: Date; until?: Date; user?: string; limit?: number };

/** `user` matches a username or a staff id, so failed logins (no staff id) are found by name. */
export const readAudit = async (db: Queryable, query: AuditQuery): Promise<AuditRecord[]> => {
  const result = await db.query<{
    id: unknown;
    at: unknown;
    event: AuditEvent;
    staff_id: string | null;
    username: string | null;
    ip: string | null;
    request_id: string | null;
    detail: unknown;
  }>(
    `SELECT a.id, a.at, a.event, a.staff_id, coalesce(a.username, s.username) AS username, a.ip,
            a.request_id, a.detail
       FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id
      WHERE a.at >= $1 AND ($2::timestamptz IS NULL OR a.at < $2)
        AND ($3::text IS NULL OR a.username = $3 OR a.staff_id = $3 OR s.username = $3)
      ORDER BY a.at, a.id
      LIMIT $4`,
    [
      query.since.toISOString(),
      query.until?.toISOString() ?? null,
      query.user ?? null,
      query.limit ?? 100_000,
    ],
  );
  return result.rows.map((row) => ({
    id: Number(row.id),
    at: new Date(row.at as string).toISOString(),
    event: row.event,
    staffId: row.staff_id,
    username: row.username,
    ip: row.ip,
    requestId: row.request_id,
    detail: (typeof row.detail === 'string' ? JSON.parse(row.detail) : row.detail) as Record<string, unknown>,
  }));
};

/**
 * Drops entries older than the retention period. The trigger lets this one statement through (the
 * session flag) and still refuses anything younger than the floor, whatever `days` says.
 */
export const purgeAudit = async (
  db: { transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> },
  days: number,
  now: Date,
): Promise<void> => {
  const cutoff = new Date(now.getTime() - Math.max(days, minAuditRetentionDays) * 24 * 60 * 60 * 1000);
  await db.transaction(async (tx) => {
    await tx.query(`SELECT set_config('oncedesk.audit_purge', 'on', true)`);
    await tx.query('DELETE FROM audit_log WHERE at < $1', [cutoff.toISOString()]);
  });
};

/** One line per entry for `npm run server -- audit`. */
export const formatAuditRecord = (record: AuditRecord): string =>
  [
    record.at,
    record.event.padEnd(16),
    (record.username ?? record.staffId ?? '-').padEnd(12),
    (record.ip ?? '-').padEnd(15),
    Object.keys(record.detail).length > 0 ? JSON.stringify(record.detail) : '',
  ]
    .join('  ')
    .trimEnd();
