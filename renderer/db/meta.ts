import type { Desk } from '../../shared/domain/organization';
import type { StaffId } from '../../shared/ids';
import type { SeenChanges } from '../../shared/certificates/changeNotice';
import type { PinAttempts } from '../../shared/domain/deskPin';
import type { SecretVerifier } from '../sync/passwordHash';
import type { OnceDeskDb } from './schema';

/** Keys of the local-only meta store, with the type each holds. */
export type MetaValues = {
  /** This desk's sync client id (UUID v7), made once. */
  clientId: string;
  /** The last outbox seq handed out; the next mutation gets lastSeq + 1 (no gaps). */
  lastSeq: number;
  desk: Desk;
  /** Version of the demo data last seeded, so a newer build can add items without duplicating. */
  seededDemo: number;
  /**
   * Set while the desk is locked (锁定): kept here, not in memory, so reloading the page is no way past
   * the lock. `staffId`/`username` name the clerk who locked it (the lock screen offers them first).
   */
  locked: { at: string; staffId: StaffId; username: string | null };
  /**
   * The case the applicant screen (群众屏) shows: set while the handling screen has it open, null when
   * the clerk leaves it. Kept here so a second window of the same origin follows it live.
   */
  applicantCaseId: string | null;
  /**
   * Per staff member: since when they use this desk and which certificate-list publications they have
   * acknowledged (the once-per-desk "what changed" notice, shared/certificates/changeNotice.ts).
   */
  certificateChangesSeen: Record<string, SeenChanges>;
  /**
   * A standalone desk's personal PINs (个人密码), by staff id: salted slow hashes, never the PIN. Kept when
   * the desk is set up again, so 重新设置 is no way around them (features/lock/deskPins.ts).
   */
  deskPins: Record<string, SecretVerifier & { setAt: string }>;
  /** Wrong PINs in a row, by staff id: stored, so reloading the page does not reset the count. */
  pinAttempts: Record<string, PinAttempts>;
};

export const getMeta = async <K extends keyof MetaValues>(
  db: OnceDeskDb,
  key: K,
): Promise<MetaValues[K] | undefined> => (await db.meta.get(key))?.value as MetaValues[K] | undefined;

export const setMeta = async <K extends keyof MetaValues>(db: OnceDeskDb, key: K, value: MetaValues[K]) => {
  await db.meta.put({ key, value });
};
