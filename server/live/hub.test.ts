import { afterEach, describe, expect, it } from 'vitest';
import type { Database, QueryResult } from '../db/types';
import { silentLogger } from '../log/logger';
import { createLiveHub, type LiveHub, type LiveStream } from './hub';

/**
 * A process with no stream open follows only the version counter. A stream that opened while such a
 * read was under way was not poked for a row committed in those milliseconds: the counter already
 * counted it, the next check started past it, and the desk — whose pull on `ready` may have run just
 * before the commit — waited for its timer. The database here answers the counter read only when told.
 */
const heldCounter = () => {
  const waiting: ((value: number) => void)[] = [];
  const db: Database = {
    kind: 'pglite',
    query: async <Row>(sql: string): Promise<QueryResult<Row>> => {
      if (sql.startsWith('SELECT value FROM version_counter')) {
        const value = await new Promise<number>((resolve) => waiting.push(resolve));
        return { rows: [{ value } as Row] };
      }
      // A stream's check reads the rows past what it has seen: none but the counter here.
      return { rows: [{ high: 6, table_name: null } as Row] };
    },
    exec: () => Promise.resolve(),
    transaction: () => Promise.reject(new Error('not used')),
    close: () => Promise.resolve(),
  };
  return { db, answer: (value: number) => waiting.shift()?.(value), waiting: () => waiting.length };
};

const stream = (pokes: string[]): LiveStream => ({
  departmentId: 'dept-JN-RS',
  staffId: 'staff-JN-RS-001',
  tokenHash: 'hash',
  roles: ['staff'],
  poke: () => pokes.push('poke'),
  close: () => undefined,
});

const until = async (condition: () => boolean) => {
  for (let waited = 0; !condition(); waited += 5) {
    if (waited > 2_000) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

/** A hub with no stream open whose check after a change is reading the counter, held until answered. */
const hubReadingCounter = async () => {
  const { db, answer, waiting } = heldCounter();
  const starting = createLiveHub(db, silentLogger());
  await until(() => waiting() === 1);
  answer(5);
  const hub = await starting;
  hub.changed();
  await until(() => waiting() === 1);
  return { hub, answer, waiting };
};

describe('live hub, a stream opened during a counter-only check', () => {
  let hub: LiveHub | undefined;
  afterEach(() => hub?.close());

  it('is poked, since the counter it missed may hold a row committed after its desk pulled', async () => {
    const reading = await hubReadingCounter();
    hub = reading.hub;
    const pokes: string[] = [];
    hub.open(stream(pokes));
    // Version 6 committed after the desk's ready pull, before the counter was read.
    reading.answer(6);
    await until(() => pokes.length > 0);
    expect(pokes).toEqual(['poke']);
  });

  it('pokes no stream that opened after the check', async () => {
    const reading = await hubReadingCounter();
    hub = reading.hub;
    reading.answer(6);
    await until(() => reading.waiting() === 0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const pokes: string[] = [];
    hub.open(stream(pokes));
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(pokes).toEqual([]);
  });
});
