import type { Database, Unlisten } from '../db/types';
import { HttpError } from '../http/errors';
import type { Logger } from '../log/logger';
import { desksPull, type ChangedRow, type StreamAudience } from './pokeMatch';

/** The channel every server process on one PostgreSQL listens on; the payload is the schema. */
export const rowsChannel = 'oncedesk_rows';

export type LiveLimits = {
  /**
   * Streams one account may hold in one process. A clerk has a desk or two (and a window or tab each);
   * a thousand from one account is a bug or an attack, refused with 429 before it costs a socket each.
   */
  perAccount: number;
  /** Streams one process holds in all; past it 503 + Retry-After sends desks to another process. */
  total: number;
};

export const defaultLiveLimits: LiveLimits = { perAccount: 10, total: 5_000 };

export type LiveStream = StreamAudience & { staffId: string; poke(): void; close(): void };

export type LiveHub = {
  /** Registers a stream; throws the HttpError that refuses it. Returns its removal. */
  open(stream: LiveStream): () => void;
  /** This process committed rows: poke its streams and tell the other processes. */
  changed(): void;
  /** Open streams (tests, logs). */
  readonly size: number;
  close(): Promise<void>;
};

type RowRecord = {
  high: unknown;
  table_name: string | null;
  id: string | null;
  version: unknown;
  department_id: string | null;
  hall_id: string | null;
  day: string | null;
  scope_current: boolean | null;
  scope_everywhere: boolean | null;
  current_until: unknown;
  everywhere_until: unknown;
  updated_client: string | null;
};

/** Rows read per check; a bigger burst (a seed, an import) pokes every stream instead. */
const maxRowsPerCheck = 2_000;

const toNumber = (value: unknown): number | null => (value === null ? null : Number(value));

/**
 * Live updates (docs/sync.md, "Live updates"): which open streams to poke when rows change. A check
 * reads the pull's filter columns of every row above the last version it saw, in one statement with
 * the version counter, and pokes the streams whose desk would pull one of them. Versions are assigned
 * under the version counter's row lock and committed in their order, so nothing committed can appear later below the
 * counter read. Checks run one at a time; changes reported meanwhile make exactly one more. Other
 * processes hear of a change through PostgreSQL NOTIFY; PGlite is one process and needs no channel.
 */
export const createLiveHub = async (
  db: Database,
  logger: Logger,
  limits: LiveLimits = defaultLiveLimits,
): Promise<LiveHub> => {
  const streams = new Set<LiveStream>();
  const perAccount = new Map<string, number>();
  let seen: number | undefined;
  let checking = false;
  let again = false;
  let closed = false;

  const readChanges = async (after: number) =>
    db.query<RowRecord>(
      `WITH high AS (SELECT value AS high FROM version_counter WHERE id = 1),
       changed AS (
         SELECT table_name, id, version, department_id, hall_id, scope_day::text AS day, scope_current,
                scope_everywhere, current_until, everywhere_until, updated_client
           FROM rows WHERE version > $1 ORDER BY version LIMIT $2)
       SELECT high.high, changed.* FROM high LEFT JOIN changed ON true ORDER BY changed.version`,
      [after, maxRowsPerCheck],
    );

  const pokeAll = () => {
    for (const stream of streams) stream.poke();
  };

  const checkOnce = async () => {
    const after = seen ?? 0;
    const { rows } = await readChanges(after);
    const high = Number(rows[0]?.high ?? 0);
    if (seen === undefined) {
      seen = high;
      return;
    }
    if (high < seen) {
      // The counter went back: restored from a backup. Every desk must hear of the new epoch.
      seen = high;
      pokeAll();
      return;
    }
    const changed: ChangedRow[] = rows
      .filter((row) => row.table_name !== null)
      .map((row) => ({
        table: row.table_name!,
        id: row.id!,
        version: Number(row.version),
        departmentId: row.department_id,
        hallId: row.hall_id,
        day: row.day,
        current: row.scope_current === true,
        everywhere: row.scope_everywhere === true,
        currentUntil: toNumber(row.current_until),
        everywhereUntil: toNumber(row.everywhere_until),
        updatedClient: row.updated_client ?? '',
      }));
    if (changed.length >= maxRowsPerCheck) {
      seen = high;
      pokeAll();
      return;
    }
    seen = Math.max(seen, high);
    for (const stream of streams) {
      if (changed.some((row) => desksPull(row, stream))) stream.poke();
    }
  };

  const check = async (): Promise<void> => {
    if (checking) {
      again = true;
      return;
    }
    checking = true;
    try {
      do {
        again = false;
        if (closed) return;
        await checkOnce().catch((error: unknown) => {
          // The desks' timers still sync them; the next change checks again from the same version.
          logger.warn({ err: error }, 'live updates: reading changed rows failed');
        });
      } while (again);
    } finally {
      checking = false;
    }
  };

  await check();
  const unlisten: Unlisten | undefined = db.listen
    ? await db.listen(rowsChannel, () => void check())
    : undefined;

  return {
    open: (stream) => {
      if (closed)
        throw new HttpError(503, 'unavailable', 'The server is stopping.', {}, { 'Retry-After': '5' });
      const held = perAccount.get(stream.staffId) ?? 0;
      if (held >= limits.perAccount) {
        throw new HttpError(
          429,
          'too_many_streams',
          `This account already holds ${held} live-update streams on this server (at most ${limits.perAccount}); close a desk or wait.`,
          { limit: limits.perAccount },
          { 'Retry-After': '60' },
        );
      }
      if (streams.size >= limits.total) {
        throw new HttpError(
          503,
          'too_many_streams',
          'This server process holds as many live-update streams as it may; sync goes on by timer.',
          {},
          { 'Retry-After': '30' },
        );
      }
      streams.add(stream);
      perAccount.set(stream.staffId, held + 1);
      let removed = false;
      return () => {
        if (removed) return;
        removed = true;
        streams.delete(stream);
        const left = (perAccount.get(stream.staffId) ?? 1) - 1;
        if (left > 0) perAccount.set(stream.staffId, left);
        else perAccount.delete(stream.staffId);
      };
    },
    changed: () => {
      void check();
      if (db.kind === 'postgres') {
        db.query(`SELECT pg_notify($1, current_schema())`, [rowsChannel]).catch((error: unknown) =>
          logger.warn({ err: error }, 'live updates: notifying the other processes failed'),
        );
      }
    },
    get size() {
      return streams.size;
    },
    close: async () => {
      closed = true;
      for (const stream of [...streams]) stream.close();
      await unlisten?.();
    },
  };
};

/** For commands run beside a server (import-list, seed-demo): the servers' desks hear of their rows. */
export const announceRowChanges = async (db: Database): Promise<void> => {
  if (db.kind === 'postgres') await db.query(`SELECT pg_notify($1, current_schema())`, [rowsChannel]);
};
