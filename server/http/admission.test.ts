import { describe, expect, it } from 'vitest';
import { createAdmissionGate, type AdmissionBounds, type AdmissionClock } from './admission';
import { HttpError } from './errors';

/** A hand-moved clock: timers fire only when `advance` passes them. */
const manualClock = () => {
  let at = 0;
  let lag = 0;
  let timers: { at: number; run: () => void }[] = [];
  const clock: AdmissionClock = {
    now: () => at,
    after: (ms, run) => {
      const timer = { at: at + ms, run };
      timers.push(timer);
      return () => {
        timers = timers.filter((other) => other !== timer);
      };
    },
    loopDelayMs: () => lag,
  };
  return {
    clock,
    advance: (ms: number) => {
      at += ms;
      const due = timers.filter((timer) => timer.at <= at);
      timers = timers.filter((timer) => timer.at > at);
      for (const timer of due) timer.run();
    },
    setLag: (ms: number) => {
      lag = ms;
    },
    pendingTimers: () => timers.length,
  };
};

const bounds: AdmissionBounds = { concurrent: 2, queued: 3, maxWaitMs: 3_000, maxLoopDelayMs: 200 };

type Outcome = { admitted?: () => void; refused?: HttpError };

/** Starts an entry and records how it ends, without awaiting it. */
const attempt = (gate: ReturnType<typeof createAdmissionGate>, signal?: AbortSignal): Outcome => {
  const outcome: Outcome = {};
  gate.enter(signal).then(
    (release) => {
      outcome.admitted = release;
    },
    (error: unknown) => {
      outcome.refused = error as HttpError;
    },
  );
  return outcome;
};

const settle = () => new Promise((resolve) => setImmediate(resolve));

const retryAfter = (error: HttpError | undefined) => Number(error?.headers['Retry-After']);

describe('admission gate', () => {
  it('admits `concurrent`, queues `queued`, refuses the rest at once with 503 busy and Retry-After', async () => {
    const { clock } = manualClock();
    const gate = createAdmissionGate(bounds, clock);
    const outcomes = Array.from({ length: 8 }, () => attempt(gate));
    await settle();
    expect(outcomes.filter((outcome) => outcome.admitted)).toHaveLength(2);
    expect(outcomes.filter((outcome) => !outcome.admitted && !outcome.refused)).toHaveLength(3);
    const refused = outcomes.filter((outcome) => outcome.refused);
    expect(refused).toHaveLength(3);
    for (const { refused: error } of refused) {
      expect(error).toBeInstanceOf(HttpError);
      expect(error?.status).toBe(503);
      expect(error?.code).toBe('busy');
      expect(retryAfter(error)).toBeGreaterThanOrEqual(1);
    }
    expect(gate.state()).toMatchObject({ running: 2, waiting: 3 });
  });

  it('hands a finished slot to the first waiter, in order, and frees it when nobody waits', async () => {
    const { clock, advance } = manualClock();
    const gate = createAdmissionGate(bounds, clock);
    const [first, second, third, fourth] = Array.from({ length: 4 }, () => attempt(gate));
    await settle();
    advance(100);
    first!.admitted!();
    await settle();
    expect(third!.admitted).toBeDefined();
    expect(fourth!.admitted).toBeUndefined();
    second!.admitted!();
    await settle();
    expect(fourth!.admitted).toBeDefined();
    third!.admitted!();
    fourth!.admitted!();
    // Releasing twice (a finally after an error handler that released too) frees one slot only.
    fourth!.admitted!();
    expect(gate.state()).toMatchObject({ running: 0, waiting: 0 });
  });

  it('refuses a waiter whose wait passes maxWaitMs, and its slot is not lost', async () => {
    const { clock, advance, pendingTimers } = manualClock();
    const gate = createAdmissionGate(bounds, clock);
    const [first, second, waiter] = Array.from({ length: 3 }, () => attempt(gate));
    await settle();
    advance(2_999);
    await settle();
    expect(waiter!.refused).toBeUndefined();
    advance(1);
    await settle();
    expect(waiter!.refused?.status).toBe(503);
    expect(gate.state()).toMatchObject({ running: 2, waiting: 0 });
    first!.admitted!();
    second!.admitted!();
    expect(gate.state()).toMatchObject({ running: 0, waiting: 0 });
    expect(pendingTimers()).toBe(0);
    // The freed slots are usable.
    const later = [attempt(gate), attempt(gate)];
    await settle();
    expect(later.every((outcome) => outcome.admitted)).toBe(true);
  });

  it('a client that goes away while waiting leaves the queue; a timer left behind does not fire later', async () => {
    const { clock, advance, pendingTimers } = manualClock();
    const gate = createAdmissionGate(bounds, clock);
    const holders = [attempt(gate), attempt(gate)];
    const controller = new AbortController();
    const gone = attempt(gate, controller.signal);
    const next = attempt(gate);
    await settle();
    controller.abort();
    await settle();
    expect(gone.refused?.status).toBe(503);
    expect(gate.state()).toMatchObject({ running: 2, waiting: 1 });
    expect(pendingTimers()).toBe(1);
    holders[0]!.admitted!();
    await settle();
    expect(next.admitted).toBeDefined();
    expect(pendingTimers()).toBe(0);
    advance(10_000);
    holders[1]!.admitted!();
    next.admitted!();
    expect(gate.state()).toMatchObject({ running: 0, waiting: 0 });
    // Already aborted: refused without taking a slot.
    const aborted = new AbortController();
    aborted.abort();
    const late = attempt(gate, aborted.signal);
    await settle();
    expect(late.refused?.status).toBe(503);
    expect(gate.state().running).toBe(0);
  });

  it('queues nothing while the event loop lags, and nothing whose estimated wait passes maxWaitMs', async () => {
    const { clock, advance, setLag } = manualClock();
    const gate = createAdmissionGate(bounds, clock);
    const holders = [attempt(gate), attempt(gate)];
    setLag(250);
    const lagging = attempt(gate);
    await settle();
    expect(lagging.refused?.status).toBe(503);
    setLag(0);
    holders[0]!.admitted!();
    holders[1]!.admitted!();
    // Requests that take 5 s each, until the running estimate is past 3 s: with 2 slots the first in
    // the queue would wait ~1.5–3 s (admitted), the second ~3–6 s (refused at once).
    for (let i = 0; i < 20 && gate.state().serviceMs <= 3_100; i += 1) {
      const slow = attempt(gate);
      await settle();
      advance(5_000);
      slow.admitted!();
    }
    expect(gate.state().serviceMs).toBeGreaterThan(3_100);
    expect(gate.state().serviceMs).toBeLessThan(6_000);
    const busy = [attempt(gate), attempt(gate)];
    const [queued, beyond] = [attempt(gate), attempt(gate)];
    await settle();
    expect(busy.every((outcome) => outcome.admitted)).toBe(true);
    expect(queued.admitted ?? queued.refused).toBeUndefined();
    expect(beyond.refused?.status).toBe(503);
    for (const holder of busy) holder.admitted!();
    await settle();
    queued.admitted!();
    expect(gate.state()).toMatchObject({ running: 0, waiting: 0 });
  });

  it('tells refused desks to come back later the more of them circle, between 1 and 20 s', async () => {
    const { clock, advance } = manualClock();
    const gate = createAdmissionGate({ ...bounds, queued: 0 }, clock);
    const holders = [attempt(gate), attempt(gate)];
    await settle();
    // Requests take 1 s each.
    advance(1_000);
    holders[0]!.admitted!();
    holders[1]!.admitted!();
    const busy = [attempt(gate), attempt(gate)];
    await settle();
    const first = attempt(gate);
    await settle();
    expect(retryAfter(first.refused)).toBe(1);
    const crowd = Array.from({ length: 100 }, () => attempt(gate));
    await settle();
    const afterCrowd = retryAfter(crowd.at(-1)!.refused);
    // ~100 refused in the window × ~0.5 s each over 2 slots: ~25 s, capped at 20.
    expect(afterCrowd).toBe(20);
    const few = retryAfter(crowd[19]!.refused);
    // The 21st refusal in the window: ~21 × ~0.5 s over 2 slots.
    expect(few).toBeGreaterThanOrEqual(4);
    expect(few).toBeLessThan(afterCrowd);
    const flood = Array.from({ length: 1_000 }, () => attempt(gate));
    await settle();
    expect(retryAfter(flood.at(-1)!.refused)).toBe(20);
    // Once the crowd has gone (no refusal for longer than the window), the next one waits briefly again.
    advance(60_000);
    const quiet = attempt(gate);
    await settle();
    expect(retryAfter(quiet.refused)).toBeLessThanOrEqual(2);
    for (const holder of busy) holder.admitted!();
    expect(gate.state()).toMatchObject({ running: 0, waiting: 0 });
  });
});
