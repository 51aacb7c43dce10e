import type { Database, Unlisten } from '../db/types';
import { HttpError } from '../http/errors';
import type { Logger } from '../log/logger';
import { parseRoles } from '../auth/sessions';
import type { Role } from '../../shared/domain/organization';
import { desksPull, type ChangedRow, type StreamAudience } from './pokeMatch';

/** The channel every server process on one PostgreSQL listens on; the payload is the schema. */
export const rowsChannel = 'oncedesk_rows';
/** Sessions were revoked or accounts disabled or changed (sign-out, revoke-sessions, disable-staff). */
export const sessionsChannel = 'oncedesk_sessions';

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

/**
 * An open stream keeps the audience it was opened with, so the session behind it is checked again:
 * at once when any process says sessions changed, and every `recheckMs` (expiry, a change made straight
 * in the database). A stream whose session is gone, expired or disabled, or whose account's roles or
 * department changed, is closed; the desk opens another at once, which is checked as a new one (401,
 * or the new roles' scope).
 */
export type SessionRecheck = { now: () => Date; recheckMs: number };

export const defaultSessionRecheck: SessionRecheck = { now: () => new Date(), recheckMs: 60_000 };

export type LiveStream = StreamAudience & {
  staffId: string;
  /** The stream's session as it was at open (its token's hash, the account's roles then). */
  tokenHash: string;
  roles: readonly Role[];
  poke(): void;
  close(): void;
};

export type LiveHub = {
  /** Registers a stream; throws the HttpError that refuses it. Returns its removal. */
  open(stream: LiveStream): () => void;
  /** This process committed rows: poke its streams and tell the other processes. */
  changed(): void;
  /** This process revoked a session or changed an account: re-check its streams, tell the others. */
  sessionsChanged(): void;
  /** Re-checks every stream's session now (tests; the timer and notices call it). */
  recheckSessions(): Promise<void>;
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

/**
 * Pushes that change rows arrive by the hundred each second on a busy server, and each read the changed
 * rows and sent the other processes a notice. They are gathered for this long into one check and one
 * notice: a poke comes this much later (the goal is 2 s), and the database does a few of these a second
 * instead of two statements more per push.
 */
const gatherChangesMs = 50;

/**
 * `run` one at a time: a call while it runs asks for one more run after it (however many calls come
 * meanwhile) and gets the promise of the runs in progress. A failed run is reported and ends nothing;
 * nothing runs once `stopped`.
 */
const oneAtATime = (
  run: () => Promise<void>,
  failed: (error: unknown) => void,
  stopped: () => boolean,
): (() => Promise<void>) => {
  let running: Promise<void> | undefined;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        if (stopped()) return;
        await run().catch(failed);
      } while (again);
    })().finally(() => {
      running = undefined;
    });
    return running;
  };
};

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
  sessions: SessionRecheck = defaultSessionRecheck,
): Promise<LiveHub> => {
  const streams = new Set<LiveStream>();
  const perAccount = new Map<string, number>();
  let seen: number | undefined;
  let closed = false;
  let gathering: ReturnType<typeof setTimeout> | undefined;

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
    if (streams.size === 0) {
      // Nobody here to poke: only keep up with the counter, so a stream opened next is poked for what
      // commits after it, without reading the rows of every push meanwhile.
      const { rows } = await db.query<{ value: unknown }>('SELECT value FROM version_counter WHERE id = 1');
      seen = Number(rows[0]?.value ?? 0);
      // A stream opened during the read: the counter may count a row committed after its desk's pull
      // on `ready`, which no later check reads again. One pull too many is cheap; a missed row waits
      // for the desk's timer.
      pokeAll();
      return;
    }
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

  // The desks' timers still sync them; the next change checks again from the same version.
  const check = oneAtATime(
    checkOnce,
    (error) => logger.warn({ err: error }, 'live updates: reading changed rows failed'),
    () => closed,
  );

  const sameRoles = (a: readonly Role[], b: readonly Role[]) =>
    a.length === b.length && a.every((role) => b.includes(role));

  /** One statement for every open stream's session; closes those that no longer hold. */
  const recheckOnce = async () => {
    if (streams.size === 0) return;
    const hashes = [...new Set([...streams].map((stream) => stream.tokenHash))];
    const { rows } = await db.query<{ token_hash: string; roles: unknown; department_id: string }>(
      `SELECT s.token_hash, st.roles, st.department_id
         FROM sessions s JOIN staff st ON st.id = s.staff_id
        WHERE s.token_hash = ANY($1::text[]) AND s.expires_at > $2 AND st.disabled_at IS NULL`,
      [hashes, sessions.now().toISOString()],
    );
    const valid = new Map(rows.map((row) => [row.token_hash, row]));
    for (const stream of [...streams]) {
      const row = valid.get(stream.tokenHash);
      if (
        !row ||
        row.department_id !== stream.departmentId ||
        !sameRoles(parseRoles(row.roles), stream.roles)
      )
        stream.close();
    }
  };
  // The next notice or tick checks again; a stream also ends by its lifetime.
  const recheckSessions = oneAtATime(
    recheckOnce,
    (error) => logger.warn({ err: error }, 'live updates: re-checking stream sessions failed'),
    () => closed,
  );

  await check();
  const unlisten: Unlisten | undefined = db.listen
    ? await db.listen(rowsChannel, () => void check())
    : undefined;
  const unlistenSessions: Unlisten | undefined = db.listen
    ? await db.listen(sessionsChannel, () => void recheckSessions())
    : undefined;
  const recheckTimer = setInterval(() => void recheckSessions(), sessions.recheckMs);
  recheckTimer.unref();

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
      if (gathering !== undefined || closed) return;
      gathering = setTimeout(() => {
        gathering = undefined;
        void check();
        if (db.kind === 'postgres') {
          db.query(`SELECT pg_notify($1, current_schema())`, [rowsChannel]).catch((error: unknown) =>
            logger.warn({ err: error }, 'live updates: notifying the other processes failed'),
          );
        }
      }, gatherChangesMs);
    },
    sessionsChanged: () => {
      void recheckSessions();
      if (db.kind === 'postgres') {
        db.query(`SELECT pg_notify($1, current_schema())`, [sessionsChannel]).catch((error: unknown) =>
          logger.warn({ err: error }, 'live updates: notifying the other processes failed'),
        );
      }
    },
    recheckSessions,
    get size() {
      return streams.size;
    },
    close: async () => {
      closed = true;
      clearTimeout(gathering);
      clearInterval(recheckTimer);
      for (const stream of [...streams]) stream.close();
      await unlisten?.();
      await unlistenSessions?.();
    },
  };
};

/** For revoke-sessions and disable-staff run beside a server: its streams of those sessions end at once. */
export const announceSessionChanges = async (db: Database): Promise<void> => {
  if (db.kind === 'postgres') await db.query(`SELECT pg_notify($1, current_schema())`, [sessionsChannel]);
};

/** For commands run beside a server (import-list, seed-demo): the servers' desks hear of their rows. */
export const announceRowChanges = async (db: Database): Promise<void> => {
  if (db.kind === 'postgres') await db.query(`SELECT pg_notify($1, current_schema())`, [rowsChannel]);
};
