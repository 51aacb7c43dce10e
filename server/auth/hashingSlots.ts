import { HttpError } from '../http/errors';

export type HashingBounds = {
  /** Hashes computed at once (scrypt takes ~32 MiB and a libuv thread each). */
  concurrent: number;
  /** Logins allowed to wait for a slot; any more are answered 503 at once. */
  queued: number;
};

export const defaultHashingBounds: HashingBounds = { concurrent: 4, queued: 16 };

/**
 * A semaphore for password hashing: unauthenticated requests must not be able to make the server hash
 * without bound (memory, and the thread pool that file and DNS work share). Past the queue, a login is
 * refused with 503 and Retry-After instead of piling up.
 */
export const createHashingSlots = (bounds: HashingBounds = defaultHashingBounds) => {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };
  return {
    run: async <T>(work: () => Promise<T>, onBusy: () => void): Promise<T> => {
      if (running >= bounds.concurrent) {
        if (waiting.length >= bounds.queued) {
          onBusy();
          throw new HttpError(
            503,
            'busy',
            'The server is busy signing others in; try again shortly.',
            {},
            {
              'Retry-After': '1',
            },
          );
        }
        // The slot is handed over by release(): running stays the same.
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else {
        running += 1;
      }
      try {
        return await work();
      } finally {
        release();
      }
    },
  };
};

export type HashingSlots = ReturnType<typeof createHashingSlots>;
