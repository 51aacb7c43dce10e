import { useState } from 'react';
import type { Case } from '../../../../shared/domain/case';
import { pruneTicks, withTicks, type Ticks } from './optimistic';

/**
 * A checkbox must show the tick at once: the write and the live query that brings it back take a few
 * milliseconds, and a checkbox that snaps back meanwhile looks broken (and fails a test's `check()`).
 * Ticks are shown immediately, dropped once the stored row agrees, and rolled back if the write fails.
 */
export const useTicks = (caseRecord: Case) => {
  const [ticks, setTicks] = useState<Ticks>({});
  const [seen, setSeen] = useState(caseRecord);
  if (seen !== caseRecord) {
    // Adjusting state while rendering (React's documented pattern) instead of in an effect.
    setSeen(caseRecord);
    setTicks(pruneTicks(ticks, caseRecord));
  }
  const tick = <E>(key: string, value: boolean, write: () => Promise<E | null>): Promise<E | null> => {
    setTicks((current) => ({ ...current, [key]: { value, settled: false } }));
    return write().then((error) => {
      setTicks((current) => {
        if (current[key]?.value !== value) return current;
        const { [key]: _done, ...rest } = current;
        return error === null ? { ...rest, [key]: { value, settled: true } } : rest;
      });
      return error;
    });
  };
  return { shown: withTicks(caseRecord, ticks), tick };
};
