import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { AdmissionClock } from './admission';

/** How finely the event loop's delay is sampled, and how often the gate's reading is renewed. */
const resolutionMs = 10;
const readingEveryMs = 500;

/**
 * The real clock for the admission gate: performance.now, timers, and the event loop's mean delay over
 * the last half second (perf_hooks.monitorEventLoopDelay). `stop` ends the sampling when the server closes.
 */
export const systemAdmissionClock = (): { clock: AdmissionClock; stop(): void } => {
  const histogram = monitorEventLoopDelay({ resolution: resolutionMs });
  histogram.enable();
  let delayMs = 0;
  const reader = setInterval(() => {
    // The histogram holds whole intervals between samples (ns); what is above the resolution is lag.
    delayMs = histogram.count > 0 ? Math.max(0, histogram.mean / 1e6 - resolutionMs) : 0;
    histogram.reset();
  }, readingEveryMs);
  reader.unref();
  return {
    clock: {
      now: () => performance.now(),
      after: (ms, run) => {
        const timer = setTimeout(run, ms);
        return () => clearTimeout(timer);
      },
      loopDelayMs: () => delayMs,
    },
    stop: () => {
      clearInterval(reader);
      histogram.disable();
    },
  };
};
