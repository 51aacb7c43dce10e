import type { StaffId } from '../ids';
import { hasRole, type Role } from './organization';

/**
 * Personal PINs (个人密码) of a standalone desk, the pure rules. A desk without a server has no accounts
 * to check a password against, yet 换人 decides whose name every record carries and who may act as a
 * duty leader: so each person who works on the desk holds a PIN, kept on the desk as a salted slow hash
 * (the same design as the offline unlock's verifier, renderer/sync/passwordHash.ts).
 */

/** Six digits, like a bank card's: typed fast at the counter, and each guess costs a slow hash. */
export const pinLength = 6;

/**
 * Five wrong PINs in a row, then the person cannot be taken over for a while. With six digits and the
 * slow hash this leaves a guesser some 1,440 tries a day at the counter, against a million PINs, while
 * a clerk who mistypes twice is never held up.
 */
export const maxPinFailures = 5;
export const pinCoolDownMinutes = 5;

const minute = 60_000;

export type NewPinProblem = 'format' | 'tooSimple' | 'mismatch';

const isRun = (pin: string): boolean => {
  const digits = [...pin].map(Number);
  const step = digits[1]! - digits[0]!;
  return (
    Math.abs(step) === 1 && digits.every((digit, index) => index === 0 || digit - digits[index - 1]! === step)
  );
};

/**
 * A new PIN must be six digits, typed the same twice, and not one the next person would try first
 * (all one digit: 000000; a run: 123456, 654321).
 */
export const checkNewPin = (pin: string, repeated: string): NewPinProblem | null => {
  if (!new RegExp(`^\\d{${pinLength}}$`).test(pin)) return 'format';
  if (new Set(pin).size === 1 || isRun(pin)) return 'tooSimple';
  if (pin !== repeated) return 'mismatch';
  return null;
};

/** Wrong PINs in a row for one person on this desk, and until when they are held off. */
export type PinAttempts = { failures: number; lockedUntil?: string };

/** The end of a running cool-down, or null when a PIN may be tried now. */
export const pinLockedUntil = (attempts: PinAttempts | undefined, now: Date): Date | null => {
  if (!attempts?.lockedUntil) return null;
  const until = new Date(attempts.lockedUntil);
  return until.getTime() > now.getTime() ? until : null;
};

/**
 * After a wrong PIN: the fifth in a row starts the cool-down and the count starts again, so after it
 * the person has five more tries. Called only when no cool-down runs (pinLockedUntil is null).
 */
export const afterWrongPin = (attempts: PinAttempts | undefined, now: Date): PinAttempts => {
  const failures = (attempts?.failures ?? 0) + 1;
  if (failures < maxPinFailures) return { failures };
  return { failures: 0, lockedUntil: new Date(now.getTime() + pinCoolDownMinutes * minute).toISOString() };
};

/** Tries left before the cool-down, as the clerk is told after a wrong PIN. */
export const triesLeft = (attempts: PinAttempts): number => maxPinFailures - attempts.failures;

/**
 * What taking the desk asks of a person.
 * - `enterPin`: they hold a PIN here; they type it.
 * - `setPin`: first time on this desk; they choose their PIN (trust on first use, as the desk has no
 *   one else to ask).
 * - `setPinConfirmed`: a duty leader or supervisor new to this desk while another leader or supervisor
 *   already holds a PIN here: that person confirms with their PIN, so a clerk cannot give herself a
 *   leader's rights by being the first to type a PIN for the leader's name.
 */
export type TakeoverRequirement = 'enterPin' | 'setPin' | 'setPinConfirmed';

export type PinHolder = { staffId: StaffId; roles: readonly Role[] };

export const takeoverRequirement = (
  person: PinHolder,
  holders: readonly PinHolder[],
): TakeoverRequirement => {
  if (holders.some((holder) => holder.staffId === person.staffId)) return 'enterPin';
  if (!hasRole(person.roles, 'leader')) return 'setPin';
  return confirmersFor(person, holders).length > 0 ? 'setPinConfirmed' : 'setPin';
};

/** Who may confirm a new leader's or supervisor's PIN: PIN holders at least as senior. */
export const confirmersFor = (person: PinHolder, holders: readonly PinHolder[]): PinHolder[] => {
  const needed: Role = hasRole(person.roles, 'supervisor') ? 'supervisor' : 'leader';
  const confirmers = holders.filter(
    (holder) => holder.staffId !== person.staffId && hasRole(holder.roles, needed),
  );
  // A supervisor new to a desk where only duty leaders hold PINs is confirmed by one of them.
  return confirmers.length > 0 || needed === 'leader'
    ? confirmers
    : holders.filter((holder) => holder.staffId !== person.staffId && hasRole(holder.roles, 'leader'));
};
