import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { Queryable } from '../db/types';
import { HttpError } from '../http/errors';
import type { LoginLimitScope } from '../security/events';

const windowSeconds = 15 * 60;

/**
 * Failed sign-ins allowed per 15 minutes: for one account from one address (a clerk's typos), for one
 * account from anywhere (guessing from many machines), and from one address over any accounts (one
 * machine spraying a common password over many usernames). A hall behind one NAT shares an address,
 * hence the higher address limit.
 */
export const loginLimits: Record<LoginLimitScope, number> = {
  accountAndAddress: 5,
  account: 20,
  address: 50,
};

/** The table rate-limiter-flexible keeps its counts in (created by migration 6, so on both backends). */
const tableName = 'login_limits';

/**
 * rate-limiter-flexible's PostgreSQL store talks to anything with pg's `query({ text, values })`, so
 * one adapter over the server's `Queryable` serves PostgreSQL and PGlite alike. `expire` is a bigint:
 * pg hands it over as a string and PGlite maybe as a BigInt, and the library does arithmetic on it.
 */
const storeClient = (db: Queryable) => ({
  query: async ({ text, values }: { text: string; values?: unknown[] }) => {
    const result = await db.query<{ points?: unknown; expire?: unknown }>(text, values);
    const rows = result.rows.map((row) => ({
      ...row,
      ...('points' in row ? { points: Number(row.points) } : {}),
      ...('expire' in row ? { expire: row.expire === null ? null : Number(row.expire) } : {}),
    }));
    return { rows, rowCount: rows.length };
  },
});

export type LoginAttempt = {
  /** The password was right: forget this account's failures and give back the address's point. */
  succeeded(): Promise<void>;
  /** The attempt was never checked (the server was busy): give every point back. */
  notChecked(): Promise<void>;
};

export type LoginLimiter = {
  /**
   * Counts the attempt before the password is checked, atomically in the database (an upsert that
   * returns the new count), so parallel guesses cannot all pass a check made before any of them was
   * recorded. Throws 429 with Retry-After when any limit is spent.
   */
  begin(
    username: string,
    address: string,
    onLimited: (scope: LoginLimitScope) => void,
  ): Promise<LoginAttempt>;
  /** Drops counts whose window ended over an hour ago (wall clock, like the counts themselves). */
  purge(): Promise<void>;
};

export const createLoginLimiter = (db: Queryable): LoginLimiter => {
  const client = storeClient(db);
  const limiter = (keyPrefix: string, points: number) =>
    new RateLimiterPostgres({
      storeClient: client,
      storeType: 'pool',
      tableName,
      tableCreated: true,
      keyPrefix,
      points,
      duration: windowSeconds,
    });
  const pair = limiter('pair', loginLimits.accountAndAddress);
  const account = limiter('account', loginLimits.account);
  const address = limiter('address', loginLimits.address);

  return {
    begin: async (username, from, onLimited) => {
      const pairKey = `${username}@${from}`;
      const checks = [
        ['accountAndAddress', pair, pairKey],
        ['account', account, username],
        ['address', address, from],
      ] as const;
      const outcomes = await Promise.allSettled(checks.map(([, store, key]) => store.consume(key)));
      let waitMs = 0;
      let scope: LoginLimitScope | undefined;
      for (const [index, outcome] of outcomes.entries()) {
        if (outcome.status === 'fulfilled') continue;
        // Anything but a refusal is the store failing: let it surface as such, not as a 429.
        if (!(outcome.reason instanceof RateLimiterRes)) throw outcome.reason;
        if (outcome.reason.msBeforeNext >= waitMs) {
          waitMs = outcome.reason.msBeforeNext;
          scope = checks[index]![0];
        }
      }
      if (scope) {
        onLimited(scope);
        throw new HttpError(
          429,
          'too_many_attempts',
          'Too many failed logins. Try again in 15 minutes.',
          {},
          {
            'Retry-After': String(Math.max(1, Math.ceil(waitMs / 1000))),
          },
        );
      }
      return {
        succeeded: async () => {
          await Promise.all([pair.delete(pairKey), account.delete(username), address.reward(from)]);
        },
        notChecked: async () => {
          await Promise.all([pair.reward(pairKey), account.reward(username), address.reward(from)]);
        },
      };
    },
    purge: async () => {
      await db.query(`DELETE FROM ${tableName} WHERE expire < $1`, [Date.now() - 60 * 60 * 1000]);
    },
  };
};
