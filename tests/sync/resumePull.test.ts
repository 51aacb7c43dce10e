import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../renderer/db/schema';
import { benchResumableFirstSync } from '../bench/first-sync';

describe('first sync after a kill halfway', () => {
  it('resumes from the last saved page and fetches only what is missing', async () => {
    const result = await benchResumableFirstSync({ openDb: openDatabase, rows: 3000, pageSize: 100 });
    expect(result.cursorAtKill).toBe(1500);
    expect(result.rowsAtKill).toBe(1500);
    expect(result.rowsFetchedAfterRestart).toBe(1500);
    expect(result.finalRows).toBe(3000);
    expect(result.complete).toBe(true);
  });
});
