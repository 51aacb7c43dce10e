import pg from 'pg';
import { AdminError } from '../admin';
import { pgConnection } from './pgOptions';

/**
 * "A server runs on this database": every running server process holds this advisory lock SHARED on
 * its LISTEN connection for as long as it lives (server/db/pgListen.ts), keyed by the schema so several
 * OnceDesk databases on one PostgreSQL do not see each other. `restore` takes it EXCLUSIVELY, so it
 * refuses while any server process runs — on this machine or another — and a server started during a
 * restore waits for it (and retries) instead of serving a half-restored database. PostgreSQL releases
 * it when a process dies, so a crashed server never blocks a restore.
 */
export const serverLockKey = `hashtext('oncedesk_server:' || current_schema())`;

export type ServersHeldOff = { release(): Promise<void> };

/** Takes the lock exclusively or refuses, naming the reason in Chinese and English; nothing touched. */
export const holdServersOff = async (databaseUrl: string): Promise<ServersHeldOff> => {
  const connection = pgConnection(databaseUrl, []);
  const client = new pg.Client({
    connectionString: connection.connectionString,
    ...(connection.options ? { options: connection.options } : {}),
  });
  await client.connect();
  try {
    const { rows } = await client.query<{ got: boolean; holders: string }>(
      `SELECT pg_try_advisory_lock(${serverLockKey}) AS got,
              (SELECT count(*) FROM pg_locks
                WHERE locktype = 'advisory' AND mode = 'ShareLock' AND granted
                  AND objsubid = 1 AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
                  AND objid::bigint = ((${serverLockKey})::bigint & 4294967295)
                  AND classid::bigint = (((${serverLockKey})::bigint >> 32) & 4294967295)) AS holders`,
    );
    if (!rows[0]?.got) {
      throw new AdminError(
        `还有服务器进程连着这个数据库（${rows[0]?.holders ?? '若干'} 个连接），请先停止全部服务器进程（各台机器上的 npm run server）再恢复，本次未作任何改动。` +
          `Server processes are still running against this database (${rows[0]?.holders ?? 'some'} connection(s)); ` +
          'stop every one of them first. Nothing was restored.',
      );
    }
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  return {
    release: async () => {
      await client.query(`SELECT pg_advisory_unlock(${serverLockKey})`).catch(() => undefined);
      await client.end().catch(() => undefined);
    },
  };
};
