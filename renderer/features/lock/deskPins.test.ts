import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OnceDeskDb } from '../../db/schema';
import { getMeta } from '../../db/meta';
import { staffSchema, type Staff } from '../../../shared/domain/organization';
import { checkPin, emptyPinEntry, storePin, takeoverWithPin } from './deskPins';

const now = new Date('2026-12-01T02:00:00.000Z');
const person = (id: string, name: string, roles: Staff['roles']): Staff =>
  staffSchema.parse({ id, name, roles, departmentId: 'dept-JN-RS' });
const clerk = person('staff-JN-RS-001', '王晓燕', ['staff']);
const leader = person('staff-JN-RS-004', '张志强', ['leader']);
const secondLeader = person('staff-JN-RS-005', '刘海燕', ['leader']);

let db: OnceDeskDb;
let counter = 0;

beforeEach(async () => {
  counter += 1;
  db = openDatabase(`desk-pins-test-${counter}`);
  await db.open();
  await db.staff.bulkPut([clerk, leader, secondLeader]);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('a standalone desk’s PINs as stored', () => {
  it('keeps a salted hash, never the PIN, and checks it', async () => {
    await storePin(db, clerk.id, '258036', now);
    const stored = (await getMeta(db, 'deskPins'))?.[clerk.id];
    expect(JSON.stringify(stored)).not.toContain('258036');
    expect(stored).toMatchObject({ iterations: 600_000, setAt: now.toISOString() });
    expect(await checkPin(db, clerk.id, '258036', now)).toEqual({ ok: true });
    expect(await checkPin(db, clerk.id, '258037', now)).toEqual({
      ok: false,
      problem: { kind: 'wrong', triesLeft: 4 },
    });
  }, 60_000);

  it('counts wrong PINs across checks, holds the person off after five, and a right PIN resets the count', async () => {
    await storePin(db, clerk.id, '258036', now);
    await checkPin(db, clerk.id, '000111', now);
    expect(await checkPin(db, clerk.id, '258036', now)).toEqual({ ok: true });
    expect(await getMeta(db, 'pinAttempts')).toEqual({});
    for (let count = 0; count < 4; count += 1) await checkPin(db, clerk.id, '000111', now);
    const fifth = await checkPin(db, clerk.id, '000111', now);
    expect(fifth).toEqual({
      ok: false,
      problem: { kind: 'lockedOut', until: new Date('2026-12-01T02:05:00Z') },
    });
    // During the cool-down even the right PIN is refused.
    expect((await checkPin(db, clerk.id, '258036', now)).ok).toBe(false);
    expect(await checkPin(db, clerk.id, '258036', new Date('2026-12-01T02:05:01Z'))).toEqual({ ok: true });
  }, 120_000);

  it('lets a newcomer set a PIN, but a leader new to the desk needs a leader holding one to confirm', async () => {
    const first = await takeoverWithPin(
      db,
      leader,
      { ...emptyPinEntry, newPin: '917364', repeated: '917364' },
      now,
    );
    expect(first).toEqual({ ok: true });
    const unconfirmed = await takeoverWithPin(
      db,
      secondLeader,
      { ...emptyPinEntry, newPin: '604281', repeated: '604281' },
      now,
    );
    expect(unconfirmed).toEqual({ ok: false, problem: { kind: 'noConfirmer' } });
    // A clerk holding a PIN is no confirmer for a leader.
    await storePin(db, clerk.id, '258036', now);
    const byClerk = await takeoverWithPin(
      db,
      secondLeader,
      {
        ...emptyPinEntry,
        newPin: '604281',
        repeated: '604281',
        confirmerId: clerk.id,
        confirmerPin: '258036',
      },
      now,
    );
    expect(byClerk).toEqual({ ok: false, problem: { kind: 'noConfirmer' } });
    expect((await getMeta(db, 'deskPins'))?.[secondLeader.id]).toBeUndefined();
    const confirmed = await takeoverWithPin(
      db,
      secondLeader,
      {
        ...emptyPinEntry,
        newPin: '604281',
        repeated: '604281',
        confirmerId: leader.id,
        confirmerPin: '917364',
      },
      now,
    );
    expect(confirmed).toEqual({ ok: true });
    expect(await takeoverWithPin(db, secondLeader, { ...emptyPinEntry, pin: '604281' }, now)).toEqual({
      ok: true,
    });
  }, 120_000);
});
