/** Why start-up failed, in the terms a clerk can act on. */
export type BootFailure = 'storageUnavailable' | 'storageBlocked' | 'quota' | 'timeout' | 'unknown';

export class BootTimeoutError extends Error {
  constructor(readonly step: string) {
    super(`start-up step "${step}" did not finish in time`);
    this.name = 'BootTimeoutError';
  }
}

export class StorageBlockedError extends Error {
  constructor() {
    super('the local database is held open by another window with an older version');
    this.name = 'StorageBlockedError';
  }
}

const namesOf = (error: unknown): string[] => {
  const names: string[] = [];
  let current: unknown = error;
  // Dexie wraps the browser's error (OpenFailedError → inner DOMException); look through the chain.
  for (let depth = 0; depth < 4 && current instanceof Error; depth += 1) {
    names.push(current.name);
    const inner = (current as { inner?: unknown; cause?: unknown }).inner ?? current.cause;
    current = inner;
  }
  return names;
};

export const classifyBootError = (error: unknown): BootFailure => {
  const names = namesOf(error);
  if (names.includes('BootTimeoutError')) return 'timeout';
  if (names.includes('StorageBlockedError')) return 'storageBlocked';
  if (names.includes('QuotaExceededError')) return 'quota';
  // MissingAPIError: no indexedDB at all; InvalidStateError/SecurityError: disabled by policy or private mode.
  if (names.some((name) => ['MissingAPIError', 'InvalidStateError', 'SecurityError'].includes(name)))
    return 'storageUnavailable';
  return 'unknown';
};

/** Rejects with BootTimeoutError if `work` has not settled after `ms`. */
export const withTimeout = <T>(work: Promise<T>, ms: number, step: string): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new BootTimeoutError(step)), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });

/** Technical details for IT: names and messages down the error chain. */
export const describeError = (error: unknown): string => {
  const lines: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current !== undefined && current !== null; depth += 1) {
    if (current instanceof Error) {
      lines.push(`${current.name}: ${current.message}`);
      current = (current as { inner?: unknown }).inner ?? current.cause;
    } else {
      lines.push(typeof current === 'string' ? current : JSON.stringify(current));
      current = undefined;
    }
  }
  return lines.join('\n');
};
