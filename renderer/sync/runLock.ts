/**
 * Runs `work` while holding the desk-wide sync lock named `name`. Every window of the app (the
 * applicant screen too) and every browser tab starts its own engine on the same database; two runs
 * interleaving pushes, pull pages and cursor writes could move the cursor over each other's rollbacks.
 */
export type RunLock = <T>(name: string, work: () => Promise<T>) => Promise<T>;

type LockManagerLike = { request: <T>(name: string, callback: () => Promise<T>) => Promise<T> };

/** Within one JavaScript realm (Node tests, a browser without Web Locks): a promise chain per name. */
const tails = new Map<string, Promise<unknown>>();

export const inProcessLock: RunLock = async (name, work) => {
  const previous = tails.get(name) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(work);
  const tail = run.catch(() => undefined);
  tails.set(name, tail);
  try {
    return await run;
  } finally {
    if (tails.get(name) === tail) tails.delete(name);
  }
};

/**
 * Web Locks where the browser has them (Chromium/Electron: across windows and tabs of one origin);
 * otherwise the in-process lock, which still keeps two engines of one realm apart.
 */
export const defaultRunLock = (): RunLock => {
  const locks = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;
  if (locks && typeof locks.request === 'function') return (name, work) => locks.request(name, work);
  return inProcessLock;
};
