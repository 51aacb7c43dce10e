import {
  afterWrongPin,
  checkNewPin,
  confirmersFor,
  pinLockedUntil,
  takeoverRequirement,
  triesLeft,
  type NewPinProblem,
  type PinHolder,
} from '../../../shared/domain/deskPin';
import type { Staff } from '../../../shared/domain/organization';
import { staffIdSchema } from '../../../shared/ids';
import type { OnceDeskDb } from '../../db/schema';
import { getMeta, setMeta } from '../../db/meta';
import { makeVerifier, matchesVerifier } from '../../sync/passwordHash';

/** Everyone holding a PIN on this desk, with their roles (from the local staff table). */
export const pinHolders = async (db: OnceDeskDb): Promise<PinHolder[]> => {
  const pins = (await getMeta(db, 'deskPins')) ?? {};
  const ids = Object.keys(pins).flatMap((id) => {
    const parsed = staffIdSchema.safeParse(id);
    return parsed.success ? [parsed.data] : [];
  });
  const staff = await db.staff.bulkGet(ids);
  return staff
    .filter((person): person is Staff => person !== undefined)
    .map((person) => ({
      staffId: person.id,
      roles: person.roles,
    }));
};

export type PinProblem =
  | { kind: 'missing' }
  | { kind: 'wrong'; triesLeft: number }
  | { kind: 'lockedOut'; until: Date }
  | { kind: 'newPin'; problem: NewPinProblem }
  | { kind: 'noConfirmer' };

export type PinCheck = { ok: true } | { ok: false; problem: PinProblem };

/**
 * Checks one person's PIN, counting wrong ones (shared/domain/deskPin.ts): during a cool-down the PIN
 * is not even compared, so waiting is the only way on. The slow hash runs outside the transaction
 * (IndexedDB transactions end at the first await that is not theirs).
 */
export const checkPin = async (
  db: OnceDeskDb,
  staffId: string,
  pin: string,
  now: Date,
): Promise<PinCheck> => {
  if (!pin) return { ok: false, problem: { kind: 'missing' } };
  const until = pinLockedUntil((await getMeta(db, 'pinAttempts'))?.[staffId], now);
  if (until) return { ok: false, problem: { kind: 'lockedOut', until } };
  const verifier = (await getMeta(db, 'deskPins'))?.[staffId];
  const right = verifier !== undefined && (await matchesVerifier(pin, verifier));
  return db.transaction('rw', db.meta, async () => {
    const attempts = (await getMeta(db, 'pinAttempts')) ?? {};
    const { [staffId]: mine, ...others } = attempts;
    if (right) {
      await setMeta(db, 'pinAttempts', others);
      return { ok: true } as const;
    }
    const next = afterWrongPin(mine, now);
    await setMeta(db, 'pinAttempts', { ...others, [staffId]: next });
    const lockedUntil = pinLockedUntil(next, now);
    return {
      ok: false,
      problem: lockedUntil
        ? { kind: 'lockedOut', until: lockedUntil }
        : { kind: 'wrong', triesLeft: triesLeft(next) },
    } as const;
  });
};

/** Stores a new PIN for a person (first use, or changed by its owner after checking the old one). */
export const storePin = async (db: OnceDeskDb, staffId: string, pin: string, now: Date): Promise<void> => {
  const verifier = { ...(await makeVerifier(pin)), setAt: now.toISOString() };
  await db.transaction('rw', db.meta, async () => {
    const pins = (await getMeta(db, 'deskPins')) ?? {};
    await setMeta(db, 'deskPins', { ...pins, [staffId]: verifier });
  });
};

/** What the clerk typed in the PIN fields of 换人 or set-up. */
export type PinEntry = {
  pin: string;
  newPin: string;
  repeated: string;
  confirmerId: string;
  confirmerPin: string;
};

export const emptyPinEntry: PinEntry = {
  pin: '',
  newPin: '',
  repeated: '',
  confirmerId: '',
  confirmerPin: '',
};

/**
 * May `person` take this desk with what was typed? Their PIN when they hold one; a new PIN when they are
 * new here, confirmed by a leader's or supervisor's PIN when the newcomer is a leader or supervisor and
 * such a PIN exists here. A new PIN is stored only once everything checked out.
 */
export const takeoverWithPin = async (
  db: OnceDeskDb,
  person: Staff,
  entry: PinEntry,
  now: Date,
): Promise<PinCheck> => {
  const holders = await pinHolders(db);
  const requirement = takeoverRequirement({ staffId: person.id, roles: person.roles }, holders);
  if (requirement === 'enterPin') return checkPin(db, person.id, entry.pin, now);
  const problem = checkNewPin(entry.newPin, entry.repeated);
  if (problem) return { ok: false, problem: { kind: 'newPin', problem } };
  if (requirement === 'setPinConfirmed') {
    const confirmers = confirmersFor({ staffId: person.id, roles: person.roles }, holders);
    if (!confirmers.some((holder) => holder.staffId === entry.confirmerId))
      return { ok: false, problem: { kind: 'noConfirmer' } };
    const confirmed = await checkPin(db, entry.confirmerId, entry.confirmerPin, now);
    if (!confirmed.ok) return confirmed;
  }
  await storePin(db, person.id, entry.newPin, now);
  return { ok: true };
};
