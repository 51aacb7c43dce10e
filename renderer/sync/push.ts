import type { OnceDeskDb } from '../db/schema';
import { getMeta, setMeta } from '../db/meta';
import { maxPushMutations, schemaVersion } from '../../shared/sync/contract';
import { takeBatch } from './batches';
import { SyncRequestError, type SyncHttp } from './http';
import { applyPushResults, emptyTally, pushResultStores, rejectionOf, type PushTally } from './pushResults';
import { resequencePending } from './resequence';
import { recoverFromRestore } from './restore';
import { refetchRefusedRows } from './refetch';
import { holdUnprovenWork } from './held';
import { getSyncState, rejectionsOf, setSyncState } from './stores';

export type PushContext = {
  db: OnceDeskDb;
  http: SyncHttp;
  token: string;
  clientId: string;
  now: () => Date;
};

/**
 * A server that keeps answering seq_gap, seq_reused or epoch_changed after we followed it is not one we
 * can fix here (each is followed at most this often per run).
 */
const maxSeqGapsPerRun = 3;

/**
 * Pushes the outbox in seq order, in batches of at most 500 mutations and 1 MiB, until it is empty,
 * then fetches the rows whose edits the server refused (refetch.ts). Network errors, 401 and server
 * errors propagate (the outbox is untouched by them); 413 and 409 seq_gap are handled here.
 */
export const pushOutbox = async (context: PushContext): Promise<PushTally> => {
  const { db } = context;
  // Work whose author the server could not take yet waits on the desk, in the open (held.ts).
  await holdUnprovenWork(db, context.now());
  const tally = emptyTally();
  let maxCount = maxPushMutations;
  let seqGaps = 0;
  for (;;) {
    const pending = await db.outbox.orderBy('seq').limit(maxCount).toArray();
    if (pending.length === 0) {
      await refetchRefusedRows(db, context.http, context.token);
      return tally;
    }
    const batch = takeBatch(pending, maxCount);
    try {
      const epoch = await getSyncState(db, 'serverEpoch');
      const response = await context.http.push(context.token, {
        clientId: context.clientId,
        schemaVersion,
        mutations: batch,
        ...(epoch === undefined ? {} : { epoch }),
      });
      const now = context.now();
      const done = await db.transaction('rw', pushResultStores(db), () =>
        applyPushResults(db, batch, response, now),
      );
      tally.applied += done.applied;
      tally.duplicate += done.duplicate;
      tally.rejected += done.rejected;
      tally.conflicts += done.conflicts;
    } catch (error) {
      if (!(error instanceof SyncRequestError)) throw error;
      const { detail } = error;
      if (detail.kind === 'tooLarge') {
        if (batch.length > 1) {
          // Something between us and the server has a lower limit than the contract's: halve and retry.
          maxCount = Math.ceil(batch.length / 2);
          continue;
        }
        await setAsideTooLarge(db, batch[0]!.seq, detail.message, context.now());
        tally.rejected += 1;
        continue;
      }
      if (seqGaps < maxSeqGapsPerRun) {
        if (detail.kind === 'seqGap' && detail.lastSeq !== undefined) {
          seqGaps += 1;
          await renumberAbove(db, detail.lastSeq);
          continue;
        }
        if (detail.kind === 'seqGap') {
          seqGaps += 1;
          await followSeqGap(db, detail.expectedSeq, context.now());
          continue;
        }
        if (detail.kind === 'seqReused') {
          seqGaps += 1;
          await renumberAbove(db, detail.lastSeq);
          continue;
        }
        if (detail.kind === 'epochChanged') {
          seqGaps += 1;
          await recoverFromRestore(db, detail, context.now());
          continue;
        }
      }
      throw error;
    }
  }
};

/**
 * A single mutation the server will not take (413 even alone) can never be sent. It is set aside as a
 * rejection, and the entries behind it move down one seq: the server never applied this seq (it refused
 * the body unread) and applies in order, so it has applied none of theirs either.
 */
const setAsideTooLarge = async (db: OnceDeskDb, seq: number, message: string, now: Date): Promise<void> => {
  await db.transaction('rw', [db.outbox, db.meta, rejectionsOf(db)], async () => {
    const entry = await db.outbox.get(seq);
    if (!entry) return;
    await rejectionsOf(db).put(rejectionOf(entry, 'too_large', message, now));
    await db.outbox.delete(seq);
    await resequencePending(db, seq + 1, seq);
  });
};

/**
 * 409 seq_gap or seq_reused from a server that says what it has counted (`lastSeq`): the pending entries
 * are renumbered to follow it, in order. None is dropped: one the server already has (its answer was
 * lost) comes back `duplicate` by its mutationId at the new seq, and one at a seq the server counted
 * for another mutation (this desk's database went back, or a copy of it pushed first) is applied.
 */
const renumberAbove = async (db: OnceDeskDb, lastSeq: number): Promise<void> => {
  await db.transaction('rw', [db.outbox, db.meta], async () => {
    const first = await db.outbox.orderBy('seq').first();
    // Also closes holes inside the outbox: the server takes only consecutive seqs.
    if (first) await resequencePending(db, first.seq, lastSeq + 1);
    else if (!first && ((await getMeta(db, 'lastSeq')) ?? 0) < lastSeq) await setMeta(db, 'lastSeq', lastSeq);
  });
};

/**
 * 409 seq_gap from a server that does not say its lastSeq (older than contract additions of issue 6):
 * the server's next expected seq is not our first pending one.
 * - expectedSeq above it: the server already has the entries below expectedSeq (acknowledged by a
 *   response we never read); under the contract it would answer them `duplicate`, so drop them.
 * - expectedSeq below it: the server lost mutations it had acknowledged and we deleted (it was restored
 *   from a backup). They cannot be replayed; their rows are still here, but the server lacks those
 *   edits. Our pending entries were never applied there, so they are renumbered to start at
 *   expectedSeq, everything is pulled again, and the loss is recorded (`serverLostSeqs`) for the status panel to report.
 */
const followSeqGap = async (db: OnceDeskDb, expectedSeq: number, now: Date): Promise<void> => {
  await db.transaction('rw', [db.outbox, db.meta, ...pushResultStores(db)], async () => {
    const first = await db.outbox.orderBy('seq').first();
    if (!first) return;
    if (expectedSeq > first.seq) {
      await db.outbox.where('seq').below(expectedSeq).delete();
      const lastSeq = (await getMeta(db, 'lastSeq')) ?? 0;
      if (lastSeq < expectedSeq - 1) await setMeta(db, 'lastSeq', expectedSeq - 1);
    } else if (expectedSeq < first.seq) {
      await setSyncState(db, 'serverLostSeqs', {
        from: expectedSeq,
        to: first.seq - 1,
        at: now.toISOString(),
      });
      await resequencePending(db, first.seq, expectedSeq);
      // Its versions went back too: pull everything again and let the server's copy win (pending
      // edits are rebased on top as always).
      await setSyncState(db, 'cursor', 0);
      await setSyncState(db, 'fullResync', true);
    }
  });
};
