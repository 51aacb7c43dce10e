import type { Table } from 'dexie';
import type { OnceDeskDb, OutboxEntry } from '../db/schema';
import { getMeta, setMeta } from '../db/meta';
import { resequencePending } from './resequence';
import { getSyncState, syncStateOf, verifierKey, type OfflineVerifier } from './stores';

/**
 * An outbox entry set aside until its author can be proven to the server: kept with its original seq
 * (for order) and when it was set aside.
 */
export type HeldEntry = OutboxEntry & { heldAt: string };

export const heldOf = (db: OnceDeskDb): Table<HeldEntry, string> => db.table('held');

const rowKey = (entry: { table: string; rowId: string }) => `${entry.table}\u0000${entry.rowId}`;

/**
 * Who the server will take as the author of a change pushed from this desk: everyone who signed in
 * online here (each such sign-in leaves a verifier and is recorded by the server as a device sign-in),
 * and the clerk signed in now.
 */
export const provenAuthors = async (db: OnceDeskDb): Promise<Set<string>> => {
  const proven = new Set<string>();
  const session = await getSyncState(db, 'session');
  if (session) proven.add(session.staff.id);
  const verifiers = await syncStateOf(db).where('key').startsWith(verifierKey('')).toArray();
  for (const entry of verifiers) proven.add((entry.value as OfflineVerifier).staff.id);
  return proven;
};

/**
 * Before each push (docs/sync.md, "Authors"). The server takes a change under its author only if that
 * person signed in on this desk; work done while the desk had no server (standalone) may be by a clerk
 * who never did. Sent, it would be refused for good; sent under the pusher's name, it would be
 * misattributed. So:
 * - entries whose author is not proven here are moved from the outbox to `held`, and every later entry
 *   of the same rows with them (an edit of such a case cannot go before the case does);
 * - the rest of the outbox is renumbered without holes (the server takes consecutive seqs only);
 * - a row's held entries go back to the end of the outbox, in their order, once every author among them
 *   is proven (that clerk signed in here: 换人 at the lock screen, or set-up).
 * The sync panel lists what is held and why. Runs in one transaction; returns how many entries are held.
 */
export const holdUnprovenWork = async (db: OnceDeskDb, now: Date): Promise<number> =>
  db.transaction('rw', [db.outbox, db.meta, syncStateOf(db), heldOf(db)], async () => {
    const proven = await provenAuthors(db);
    const isProven = (entry: OutboxEntry) => entry.author === undefined || proven.has(entry.author);

    const held = await heldOf(db).toArray();
    const blockedRows = new Set<string>();
    for (const entry of held) if (!isProven(entry)) blockedRows.add(rowKey(entry));
    const release = held.filter((entry) => !blockedRows.has(rowKey(entry))).sort((a, b) => a.seq - b.seq);
    const releasedRows = new Set(release.map(rowKey));

    const pending = await db.outbox.orderBy('seq').toArray();
    const hold: OutboxEntry[] = [];
    // Edits of a released row made while it was held must follow its held entries, not precede them.
    const behind: OutboxEntry[] = [];
    for (const entry of pending) {
      if (releasedRows.has(rowKey(entry))) behind.push(entry);
      else if (!isProven(entry) || blockedRows.has(rowKey(entry))) {
        blockedRows.add(rowKey(entry));
        hold.push(entry);
      }
    }
    const moved = [...hold, ...behind];
    if (moved.length > 0) {
      await db.outbox.bulkDelete(moved.map((entry) => entry.seq));
      // Close the holes they left: everything from the first of them moves down, gaplessly.
      const first = Math.min(...moved.map((entry) => entry.seq));
      await resequencePending(db, first, first);
    }
    if (hold.length > 0) {
      const at = now.toISOString();
      await heldOf(db).bulkPut(hold.map((entry) => ({ ...entry, heldAt: at })));
    }
    const back = [...release.map(({ heldAt: _heldAt, ...entry }) => entry), ...behind];
    if (back.length > 0) {
      const start = ((await getMeta(db, 'lastSeq')) ?? 0) + 1;
      await db.outbox.bulkAdd(back.map((entry, index) => ({ ...entry, seq: start + index })));
      await setMeta(db, 'lastSeq', start + back.length - 1);
      await heldOf(db).bulkDelete(release.map((entry) => entry.mutationId));
    }
    return heldOf(db).count();
  });
