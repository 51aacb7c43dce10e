import pg from 'pg';
import type { Unlisten } from './types';
import { serverLockKey } from './serverLock';

export type ListenOptions = {
  connectionString: string;
  /** The same `-c search_path=…` settings as the pool, so notices are matched to this schema. */
  options?: string;
  channel: string;
  onNotice: () => void;
  /** First and longest wait before connecting again after the connection was lost. */
  retryMs?: { first: number; max: number };
};

/**
 * One connection per process, outside the pool (a LISTEN holds its connection for ever). Notices are
 * matched by payload to this connection's schema: test files (and several OnceDesk databases) share one
 * PostgreSQL and its channels. A lost connection is opened again with backoff, and `onNotice` is called
 * after each (re)connect, because notices sent while nobody listened are gone for good.
 */
export const listenPostgres = async (options: ListenOptions): Promise<Unlisten> => {
  const retry = options.retryMs ?? { first: 1_000, max: 30_000 };
  let stopped = false;
  let client: pg.Client | undefined;
  let timer: NodeJS.Timeout | undefined;
  let delay = retry.first;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: options.connectionString, options: options.options });
    // Both are reported for one loss; the guard keeps it to one reconnect.
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      next.removeAllListeners('notification');
      if (error) console.error('postgres listen connection lost:', error.message);
      void next.end().catch(() => undefined);
      if (client === next) client = undefined;
      scheduleReconnect();
    };
    next.on('error', onLost);
    next.on('end', () => onLost());
    try {
      await next.connect();
      const { rows } = await next.query<{ schema: string }>('SELECT current_schema() AS schema');
      const schema = rows[0]?.schema;
      next.on('notification', (message) => {
        if (message.channel === options.channel && message.payload === schema) options.onNotice();
      });
      await next.query(`LISTEN "${options.channel.replace(/"/g, '""')}"`);
      // Only running servers listen: this connection also says so to `restore` (serverLock.ts). While a
      // restore holds the lock this waits (up to the pool's lock_timeout, then reconnects and waits again).
      await next.query(`SELECT pg_advisory_lock_shared(${serverLockKey})`);
    } catch (error) {
      onLost(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    if (stopped) {
      await next.end().catch(() => undefined);
      return;
    }
    client = next;
    delay = retry.first;
    options.onNotice();
  };

  const scheduleReconnect = () => {
    if (stopped || timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      void connect();
    }, delay);
    timer.unref();
    delay = Math.min(delay * 2, retry.max);
  };

  await connect();
  return async () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    const current = client;
    client = undefined;
    if (current) {
      current.removeAllListeners('end');
      await current.end().catch(() => undefined);
    }
  };
};
