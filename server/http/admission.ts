import { HttpError } from './errors';

/**
 * Admission control for the sync routes (push, pull, lookup), applied before the body is read or the
 * session looked up. Every other bound (pool wait, lock_timeout, statement_timeout) sits behind the
 * expensive part: a push of 500 mutations is read, JSON-parsed and validated on the event loop before it
 * waits for a connection, so in a reconnect storm the process spent its CPU on requests it later refused
 * and everything queued past the desks' 30 s bound. Here a request either starts at once, waits a short
 * bounded time for a slot, or is answered 503 `busy` with Retry-After at once — costing almost nothing.
 */
export type AdmissionBounds = {
  /** Sync requests in progress at once in this process. */
  concurrent: number;
  /** Requests allowed to wait for a slot; any more are refused at once. */
  queued: number;
  /**
   * Longest a request waits for a slot, and the longest estimated wait (its place in the queue × the
   * recent service time) it is admitted to the queue with; beyond either it is refused.
   */
  maxWaitMs: number;
  /**
   * Event-loop delay (mean over the last check) above which nothing is queued: a process this far
   * behind cannot keep the promises it makes to queued requests.
   */
  maxLoopDelayMs: number;
};

/**
 * Ten pooled connections per process: in-flight sync requests (one connection each at most) stay below
 * that, so a login or a health probe still finds one. 6 lost ~15 % of a storm's throughput against 8
 * on a busy 2-core machine (the database's work overlaps the process's JSON work); more only interleaves.
 * The queue's length is not what sheds in practice (its place costs no body, which is read only once
 * admitted): the estimated wait is. 24 places and a 200 ms delay bound refused ~2,700 of a 30 s run of
 * 200 ordinary desks on a quiet machine (1-5 writes a second each, the push bench); 256 and 500 ms none,
 * while a storm's queue still passes 3 s of estimated wait, and its delay 500 ms, within moments.
 */
export const defaultAdmissionBounds: AdmissionBounds = {
  concurrent: 8,
  queued: 256,
  maxWaitMs: 3_000,
  maxLoopDelayMs: 500,
};

/** What the gate reads of the world; injected so tests move time and lag by hand. */
export type AdmissionClock = {
  /** Monotonic milliseconds. */
  now(): number;
  /** Calls `run` after `ms`; returns a cancel function. */
  after(ms: number, run: () => void): () => void;
  /** The event loop's recent delay in ms. */
  loopDelayMs(): number;
};

/**
 * Refused desks are told to come back no sooner than 1 s and no later than this (they add up to half
 * again). Longer left the process idle at a storm's tail while the last desks still waited; shorter
 * makes every desk upload its batch again more often only to be refused (the body is sent before the
 * answer), which on a hall's network is the cost that counts.
 */
const maxRetryAfterSeconds = 20;
/** First guess of one request's service time, until some have finished. */
const initialServiceMs = 200;
/** Weight of the newest service time in the running mean. */
const serviceSmoothing = 0.2;

type Waiter = { admit: () => void; cancelTimer: () => void };

export type AdmissionGate = {
  /**
   * Resolves with a `release` to call exactly once when the request is done (calling it again does
   * nothing), or throws 503 `busy`. `signal`: a client that went away while waiting leaves the queue.
   */
  enter(signal?: AbortSignal): Promise<() => void>;
  /** In progress, waiting, and the running service-time estimate (tests, logs). */
  state(): { running: number; waiting: number; serviceMs: number };
};

export const createAdmissionGate = (bounds: AdmissionBounds, clock: AdmissionClock): AdmissionGate => {
  let running = 0;
  let serviceMs = initialServiceMs;
  const waiting: Waiter[] = [];
  /** Times of recent refusals, oldest first: how many desks are circling, to spread their return. */
  const refusals: number[] = [];
  let lastRetryAfterSeconds = 1;

  /**
   * The time this process needs to serve the desks it has recently refused plus those waiting, so they
   * come back spread over it instead of together. Counted over the last Retry-After given (at least
   * 5 s): a desk told to wait R seconds was refused once in the last R seconds.
   */
  const retryAfterSeconds = (): number => {
    const at = clock.now();
    const windowMs = Math.max(5, lastRetryAfterSeconds) * 1000;
    while (refusals.length > 0 && refusals[0]! < at - windowMs) refusals.shift();
    refusals.push(at);
    const backlogMs = ((refusals.length + waiting.length) * serviceMs) / bounds.concurrent;
    lastRetryAfterSeconds = Math.min(maxRetryAfterSeconds, Math.max(1, Math.ceil(backlogMs / 1000)));
    return lastRetryAfterSeconds;
  };

  const busy = (): HttpError =>
    new HttpError(
      503,
      'busy',
      'The server is busy; try again shortly.',
      {},
      { 'Retry-After': String(retryAfterSeconds()) },
    );

  const started = (): (() => void) => {
    const since = clock.now();
    let done = false;
    return () => {
      if (done) return;
      done = true;
      serviceMs += serviceSmoothing * (clock.now() - since - serviceMs);
      const next = waiting.shift();
      if (next) {
        // The slot passes straight to the next waiter: `running` stays the same.
        next.cancelTimer();
        next.admit();
      } else {
        running -= 1;
      }
    };
  };

  return {
    enter: (signal) => {
      if (signal?.aborted) return Promise.reject(busy());
      if (running < bounds.concurrent) {
        running += 1;
        return Promise.resolve(started());
      }
      const estimatedWaitMs = ((waiting.length + 1) * serviceMs) / bounds.concurrent;
      if (
        waiting.length >= bounds.queued ||
        estimatedWaitMs > bounds.maxWaitMs ||
        clock.loopDelayMs() > bounds.maxLoopDelayMs
      ) {
        return Promise.reject(busy());
      }
      return new Promise<() => void>((resolve, reject) => {
        const leave = (error: HttpError) => {
          const index = waiting.indexOf(waiter);
          if (index < 0) return;
          waiting.splice(index, 1);
          waiter.cancelTimer();
          signal?.removeEventListener('abort', onAbort);
          reject(error);
        };
        const onAbort = () => leave(busy());
        const waiter: Waiter = {
          admit: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve(started());
          },
          cancelTimer: () => undefined,
        };
        waiter.cancelTimer = clock.after(bounds.maxWaitMs, () => leave(busy()));
        signal?.addEventListener('abort', onAbort, { once: true });
        waiting.push(waiter);
      });
    },
    state: () => ({ running, waiting: waiting.length, serviceMs }),
  };
};
