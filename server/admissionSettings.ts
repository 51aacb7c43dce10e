import { AdminError } from './admin';
import { defaultAdmissionBounds, type AdmissionBounds } from './http/admission';

/** The environment variables that set the sync routes' admission bounds (docs/server.md). */
const variables: readonly (readonly [name: string, key: keyof AdmissionBounds, min: number, max: number])[] =
  [
    ['SYNC_CONCURRENCY', 'concurrent', 1, 1_000],
    ['SYNC_QUEUE', 'queued', 0, 10_000],
    ['SYNC_QUEUE_WAIT_MS', 'maxWaitMs', 1, 60_000],
    ['SYNC_MAX_LOOP_DELAY_MS', 'maxLoopDelayMs', 1, 60_000],
  ];

/** Read before anything starts: a bad value stops the start-up with a one-line error. */
export const admissionBoundsFromEnv = (env: NodeJS.ProcessEnv): AdmissionBounds => {
  const bounds = { ...defaultAdmissionBounds };
  for (const [name, key, min, max] of variables) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) {
      throw new AdminError(
        `${name} must be a whole number from ${min} to ${max} (got "${raw}"); nothing was started.`,
      );
    }
    bounds[key] = value;
  }
  return bounds;
};
