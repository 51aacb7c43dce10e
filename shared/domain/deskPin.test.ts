import { describe, expect, it } from 'vitest';
import { staffIdSchema } from '../ids';
import {
  afterWrongPin,
  checkNewPin,
  confirmersFor,
  maxPinFailures,
  pinLockedUntil,
  takeoverRequirement,
  triesLeft,
  type PinAttempts,
  type PinHolder,
} from './deskPin';

const clerk: PinHolder = { staffId: staffIdSchema.parse('staff-1'), roles: ['staff'] };
const otherClerk: PinHolder = { staffId: staffIdSchema.parse('staff-2'), roles: ['staff'] };
const leader: PinHolder = { staffId: staffIdSchema.parse('leader-1'), roles: ['leader'] };
const otherLeader: PinHolder = { staffId: staffIdSchema.parse('leader-2'), roles: ['leader'] };
const supervisor: PinHolder = { staffId: staffIdSchema.parse('super-1'), roles: ['supervisor'] };

describe('a new PIN', () => {
  it('is six digits typed the same twice', () => {
    expect(checkNewPin('258036', '258036')).toBeNull();
    expect(checkNewPin('25803', '25803')).toBe('format');
    expect(checkNewPin('2580361', '2580361')).toBe('format');
    expect(checkNewPin('25803a', '25803a')).toBe('format');
    expect(checkNewPin('２５８０３６', '２５８０３６')).toBe('format');
    expect(checkNewPin('258036', '258037')).toBe('mismatch');
  });

  it('is not one a guesser tries first', () => {
    for (const pin of ['000000', '888888', '123456', '654321', '345678'])
      expect(checkNewPin(pin, pin)).toBe('tooSimple');
    expect(checkNewPin('135790', '135790')).toBeNull();
  });
});

describe('wrong PINs in a row', () => {
  const now = new Date('2026-12-01T02:00:00Z');

  it('hold the person off for five minutes after the fifth, then give five more tries', () => {
    let attempts: PinAttempts | undefined;
    for (let count = 1; count < maxPinFailures; count += 1) {
      attempts = afterWrongPin(attempts, now);
      expect(pinLockedUntil(attempts, now)).toBeNull();
      expect(triesLeft(attempts)).toBe(maxPinFailures - count);
    }
    attempts = afterWrongPin(attempts, now);
    expect(pinLockedUntil(attempts, now)?.toISOString()).toBe('2026-12-01T02:05:00.000Z');
    expect(pinLockedUntil(attempts, new Date('2026-12-01T02:04:59Z'))).not.toBeNull();
    const later = new Date('2026-12-01T02:05:00Z');
    expect(pinLockedUntil(attempts, later)).toBeNull();
    attempts = afterWrongPin(attempts, later);
    expect(attempts).toEqual({ failures: 1 });
  });

  it('nothing stored means no cool-down', () => {
    expect(pinLockedUntil(undefined, now)).toBeNull();
    expect(pinLockedUntil({ failures: 3 }, now)).toBeNull();
  });
});

describe('taking over a standalone desk', () => {
  it('asks a PIN holder for their PIN, whatever their role', () => {
    expect(takeoverRequirement(clerk, [clerk, leader])).toBe('enterPin');
    expect(takeoverRequirement(leader, [clerk, leader])).toBe('enterPin');
  });

  it('lets a clerk new to the desk choose a PIN', () => {
    expect(takeoverRequirement(otherClerk, [clerk, leader])).toBe('setPin');
  });

  it('has a leader new to the desk confirmed by a leader who holds a PIN here', () => {
    expect(takeoverRequirement(otherLeader, [clerk, leader])).toBe('setPinConfirmed');
    expect(confirmersFor(otherLeader, [clerk, leader, supervisor]).map((one) => one.staffId)).toEqual([
      'leader-1',
      'super-1',
    ]);
  });

  it('a clerk never confirms a leader; the first leader of a desk chooses their own PIN', () => {
    expect(takeoverRequirement(leader, [clerk, otherClerk])).toBe('setPin');
    expect(confirmersFor(leader, [clerk, otherClerk])).toEqual([]);
  });

  it('has a supervisor confirmed by a supervisor, or by a leader where no supervisor holds one', () => {
    const secondSupervisor: PinHolder = { staffId: staffIdSchema.parse('super-2'), roles: ['supervisor'] };
    expect(confirmersFor(secondSupervisor, [leader, supervisor]).map((one) => one.staffId)).toEqual([
      'super-1',
    ]);
    expect(confirmersFor(secondSupervisor, [clerk, leader]).map((one) => one.staffId)).toEqual(['leader-1']);
  });
});
