import type { SyncEngine } from './engine';
import type { OnceDeskDb } from '../db/schema';
import type { FetchLike } from './http';
import { attachLiveStream, type LiveStreamOptions } from './liveStream';

export type Timers = {
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
};

export type TriggerOptions = {
  db: OnceDeskDb;
  engine: SyncEngine;
  /** The window in the app; anything with add/removeEventListener in tests. */
  events: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  timers: Timers;
  /**
   * Quiet time after a local write before pushing it, so a burst of edits goes in one run. Short: the
   * other desks see the write within 2 s of it (live updates), and the engine folds runs anyway.
   */
  writeDebounceMs?: number;
  periodicMs?: number;
  probeInitialMs?: number;
  probeMaxMs?: number;
  /** For the jitter added to a server's Retry-After (Math.random; fixed in tests). */
  random?: () => number;
  /** Holds the live-update stream over this fetch (the app does; unit tests of the timers leave it out). */
  live?: { fetch: FetchLike } & Pick<LiveStreamOptions, 'backoffMs' | 'idleMs'>;
};

/**
 * Wires the sync triggers (ARCHITECTURE.md, "Sync contract v1"): start-up, the `online` event, a
 * health probe with exponential backoff while offline, shortly after local writes, a poke on the
 * live-update stream (liveStream.ts), and a periodic timer — the fallback when the stream is down.
 * Returns a function that removes them all.
 */
export const attachSyncTriggers = (options: TriggerOptions): (() => void) => {
  const { db, engine, events, timers } = options;
  const writeDebounceMs = options.writeDebounceMs ?? 300;
  const periodicMs = options.periodicMs ?? 60_000;
  const probeInitialMs = options.probeInitialMs ?? 2000;
  const probeMaxMs = options.probeMaxMs ?? 60_000;
  let stopped = false;
  let writeTimer: unknown = null;
  let periodicTimer: unknown = null;
  let probeTimer: unknown = null;
  let probeDelay = probeInitialMs;
  let retryTimer: unknown = null;
  const random = options.random ?? Math.random;

  const run = () => {
    if (stopped) return;
    void engine.sync().then((outcome) => {
      if (outcome === 'offline') scheduleProbe();
      else probeDelay = probeInitialMs;
      if (outcome === 'busy') scheduleRetry(engine.retryAfterMs);
    });
  };

  // A busy server (503) said when to come back; up to half again as long on top, so the desks of a hall
  // that were all refused at once do not all return in the same second and overload it again.
  const scheduleRetry = (afterMs: number) => {
    if (stopped || retryTimer !== null) return;
    retryTimer = timers.setTimeout(
      () => {
        retryTimer = null;
        run();
      },
      Math.round(afterMs * (1 + random() / 2)),
    );
  };

  // While offline, a cheap GET /health decides when to try a full run again; the delay doubles up to
  // probeMaxMs so a desk that is offline all day does not keep the network busy.
  const scheduleProbe = () => {
    if (stopped || probeTimer !== null) return;
    probeTimer = timers.setTimeout(() => {
      probeTimer = null;
      void probe();
    }, probeDelay);
    probeDelay = Math.min(probeDelay * 2, probeMaxMs);
  };

  const probe = async () => {
    const http = await engine.http();
    if (!http) return;
    try {
      await http.health();
      engine.status.update({ online: true });
      run();
    } catch {
      scheduleProbe();
    }
  };

  const schedulePeriodic = () => {
    periodicTimer = timers.setTimeout(() => {
      run();
      schedulePeriodic();
    }, periodicMs);
  };

  const onOnline = () => {
    probeDelay = probeInitialMs;
    run();
  };
  const onOffline = () => engine.markOffline();

  // Dexie calls the creating hook inside the writing transaction; the timer fires after it commits.
  const onOutboxWrite = () => {
    timers.setTimeout(() => void engine.refreshPending(), 0);
    if (writeTimer !== null) timers.clearTimeout(writeTimer);
    writeTimer = timers.setTimeout(() => {
      writeTimer = null;
      run();
    }, writeDebounceMs);
  };

  events.addEventListener('online', onOnline);
  events.addEventListener('offline', onOffline);
  db.outbox.hook('creating', onOutboxWrite);
  schedulePeriodic();
  run();
  const stopLive = options.live
    ? attachLiveStream({
        db,
        engine,
        timers,
        random,
        onPoke: run,
        ...options.live,
      })
    : () => undefined;

  return () => {
    stopped = true;
    stopLive();
    events.removeEventListener('online', onOnline);
    events.removeEventListener('offline', onOffline);
    db.outbox.hook('creating').unsubscribe(onOutboxWrite);
    for (const timer of [writeTimer, periodicTimer, probeTimer, retryTimer])
      if (timer !== null) timers.clearTimeout(timer);
  };
};
