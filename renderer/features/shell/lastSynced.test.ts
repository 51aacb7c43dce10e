import { describe, expect, it } from 'vitest';
import { lastSyncedPattern } from './lastSynced';

/** Instants in hall time (UTC+8), written out so the test does not depend on the machine's zone. */
const hall = (local: string) => new Date(`${local}+08:00`);

describe('lastSyncedPattern', () => {
  const dayTime = 'M月d日 HH:mm';
  const now = hall('2026-11-27T16:30:00');

  it('shows only the time for a sync earlier today', () => {
    expect(lastSyncedPattern(hall('2026-11-27T00:05:00'), now, dayTime)).toBe('HH:mm');
    expect(lastSyncedPattern(hall('2026-11-27T16:29:00'), now, dayTime)).toBe('HH:mm');
  });

  it('adds the day for a sync before today, even one only minutes before midnight', () => {
    expect(lastSyncedPattern(hall('2026-11-26T23:58:00'), now, dayTime)).toBe(dayTime);
    expect(lastSyncedPattern(hall('2025-11-27T16:30:00'), now, dayTime)).toBe(dayTime);
  });
});
