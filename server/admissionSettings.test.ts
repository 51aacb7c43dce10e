import { describe, expect, it } from 'vitest';
import { AdminError } from './admin';
import { admissionBoundsFromEnv } from './admissionSettings';
import { defaultAdmissionBounds } from './http/admission';

describe('admission bounds from the environment', () => {
  it('takes the defaults when nothing is set, and each variable when it is', () => {
    expect(admissionBoundsFromEnv({})).toEqual(defaultAdmissionBounds);
    expect(
      admissionBoundsFromEnv({
        SYNC_CONCURRENCY: '4',
        SYNC_QUEUE: '0',
        SYNC_QUEUE_WAIT_MS: '1500',
        SYNC_MAX_LOOP_DELAY_MS: '',
      }),
    ).toEqual({
      concurrent: 4,
      queued: 0,
      maxWaitMs: 1500,
      maxLoopDelayMs: defaultAdmissionBounds.maxLoopDelayMs,
    });
  });

  it.each([
    ['SYNC_CONCURRENCY', '0'],
    ['SYNC_CONCURRENCY', '2.5'],
    ['SYNC_QUEUE', '-1'],
    ['SYNC_QUEUE_WAIT_MS', 'soon'],
    ['SYNC_MAX_LOOP_DELAY_MS', '1e3'],
  ])('refuses %s=%s with a one-line error naming it', (name, value) => {
    expect(() => admissionBoundsFromEnv({ [name]: value })).toThrow(AdminError);
    expect(() => admissionBoundsFromEnv({ [name]: value })).toThrow(
      new RegExp(`^${name} must be a whole number .*nothing was started`),
    );
  });
});
