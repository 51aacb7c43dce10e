import type { OnceDeskDb } from '../db/schema';
import { apiBase } from '../../shared/sync/contract';
import { ensureClientId, hasSession } from './auth';
import type { SyncEngine } from './engine';
import { retryAfterMs, scopeQuery, type FetchLike } from './http';
import { pinnedIds, wantedScope } from './scope';
import { getSyncState } from './stores';
import type { Timers } from './triggers';

export type LiveStreamOptions = {
  db: OnceDeskDb;
  engine: SyncEngine;
  fetch: FetchLike;
  timers: Timers;
  /** The server said rows this desk reads changed (or the stream just opened): pull now. */
  onPoke: () => void;
  /** For the jitter on every wait (Math.random; fixed in tests). */
  random?: () => number;
  /** Reconnect backoff after a failure: the first wait, doubling up to the longest. */
  backoffMs?: { first: number; max: number };
  /** No byte for this long and the stream is taken for dead (the server sends a keep-alive every 25 s). */
  idleMs?: number;
};

/** A stream that ended sooner than this after opening counts as failed: no tight reconnect loop. */
const shortLivedMs = 5_000;

/**
 * Live updates (docs/sync.md, "Live updates"): one server-sent-events stream per desk, `GET
 * /sync/events`, read with fetch because EventSource cannot send the bearer token. Every `ready` or
 * `poke` asks for a sync run (the engine folds them into one). The periodic timer and the health probe
 * in triggers.ts stay: the stream only makes the desk quicker, never needed. After a failure the desk
 * waits with exponential backoff and jitter, so a hall's desks do not all come back in the same second
 * after an outage; a refusal waits at least the server's Retry-After; a refused token waits for a new
 * sign-in. Returns a function that closes the stream and cancels any wait.
 */
export const attachLiveStream = (options: LiveStreamOptions): (() => void) => {
  const { db, engine, timers } = options;
  const random = options.random ?? Math.random;
  const backoff = options.backoffMs ?? { first: 1_000, max: 60_000 };
  const idleMs = options.idleMs ?? 60_000;
  let stopped = false;
  let active: AbortController | null = null;
  let waitTimer: unknown = null;
  let failures = 0;
  /** The token the server refused (401): no stream until the clerk signs in again. */
  let refusedToken: string | null = null;

  const wait = (ms: number) => {
    if (stopped || waitTimer !== null) return;
    waitTimer = timers.setTimeout(() => {
      waitTimer = null;
      void connect();
    }, ms);
  };

  /** Half the backoff fixed, half random ("equal jitter"). */
  const afterFailure = () => {
    const delay = Math.min(backoff.max, backoff.first * 2 ** failures);
    failures += 1;
    wait(Math.round(delay / 2 + (random() * delay) / 2));
  };

  const connect = async (): Promise<void> => {
    if (stopped || active !== null || waitTimer !== null) return;
    const abort = new AbortController();
    active = abort;
    let idleTimer: unknown = null;
    const touch = () => {
      if (idleTimer !== null) timers.clearTimeout(idleTimer);
      idleTimer = timers.setTimeout(() => abort.abort(), idleMs);
    };
    let outcome: 'ended' | 'failed' | 'idle' | { retryAfterMs: number } = 'failed';
    let openedAt = 0;
    try {
      const serverUrl = await getSyncState(db, 'serverUrl');
      const session = await getSyncState(db, 'session');
      if (!serverUrl || !hasSession(session) || session.token === refusedToken) {
        outcome = 'idle';
        return;
      }
      const clientId = await ensureClientId(db);
      const scope = await wantedScope(db, session.staff.roles);
      // Cases it looked up and keeps: their changes poke it too (the list as of this stream's opening).
      const pinned = scope === undefined ? [] : await pinnedIds(db);
      touch();
      const response = await options.fetch(
        `${serverUrl}${apiBase}/sync/events?clientId=${encodeURIComponent(clientId)}${scopeQuery(scope, { pinned })}`,
        {
          headers: { accept: 'text/event-stream', authorization: `Bearer ${session.token}` },
          signal: abort.signal,
        },
      );
      if (response.status === 401) {
        refusedToken = session.token;
        outcome = 'idle';
        return;
      }
      if (response.status === 429 || response.status === 503) {
        outcome = { retryAfterMs: retryAfterMs(response.headers.get('retry-after')) };
        return;
      }
      if (!response.ok || !response.body) return;
      openedAt = Date.now();
      engine.status.update({ live: true });
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        touch();
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (/^event: (ready|poke)$/m.test(block)) options.onPoke();
        }
      }
      outcome = Date.now() - openedAt >= shortLivedMs ? 'ended' : 'failed';
    } catch {
      // Network failure, or aborted (idle, stopped).
      outcome = openedAt > 0 && Date.now() - openedAt >= shortLivedMs ? 'ended' : 'failed';
    } finally {
      if (idleTimer !== null) timers.clearTimeout(idleTimer);
      if (active === abort) active = null;
      if (!stopped) {
        if (outcome === 'ended') {
          // The server ends every stream after a while (or restarted): open the next one soon, spread.
          failures = 0;
          wait(Math.round(random() * 2_000));
        } else if (outcome === 'failed') {
          afterFailure();
        } else if (outcome !== 'idle') {
          failures += 1;
          wait(Math.round(outcome.retryAfterMs * (1 + random() / 2)));
        }
      }
      // Last, once the next attempt is scheduled: the status listener below must not connect at once.
      if (openedAt > 0 && engine.status.get().live) engine.status.update({ live: false });
    }
  };

  // Sign-in, sign-out, a new server address: open or drop the stream to match.
  const unsubscribe = engine.status.subscribe(() => {
    const { configured, needsSignIn, staff } = engine.status.get();
    if (!configured || needsSignIn || staff === null) {
      active?.abort();
      return;
    }
    if (active === null && waitTimer === null) void connect();
  });
  void connect();

  return () => {
    stopped = true;
    unsubscribe();
    active?.abort();
    if (waitTimer !== null) timers.clearTimeout(waitTimer);
  };
};
