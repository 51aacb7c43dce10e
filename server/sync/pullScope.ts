import type { PulledScope } from '../../shared/sync/contract';
import { hallIdSchema } from '../../shared/ids';
import {
  checkScope,
  historyStart,
  maxWindowDays,
  minWindowDays,
  scopeKey,
  windowStart,
  type DeskScope,
} from '../../shared/sync/scope';
import { replicationOf, syncedTableNames } from '../../shared/sync/tables';
import { hallDayOf } from '../../shared/time';
import type { Session } from '../auth/sessions';
import type { Queryable } from '../db/types';
import { HttpError } from '../http/errors';

/** A scope the caller may hold, with the first day of history of each windowed table. */
export type ResolvedScope = PulledScope & { fromByTable: Record<string, string> };

export type ScopeParams = { hallId?: string; reach?: string; windowDays?: string };

/**
 * The optional scope of a pull, checked before the contract's schema so each refusal says what is
 * wrong: all three parameters or none; a window of 1–400 days; a scope the role may hold; a hall of the
 * caller's own department. Undefined: an unscoped (contract v1) pull.
 */
export const parseScopeParams = (params: ScopeParams): DeskScope | undefined => {
  const { hallId, reach, windowDays } = params;
  if (hallId === undefined && reach === undefined && windowDays === undefined) return undefined;
  if (hallId === undefined || reach === undefined || windowDays === undefined)
    throw new HttpError(400, 'invalid_scope', 'Send hallId, reach and windowDays together, or none of them.');
  if (reach !== 'hall' && reach !== 'department')
    throw new HttpError(400, 'invalid_scope', 'reach must be "hall" or "department".');
  const days = Number(windowDays);
  if (!/^\d{1,6}$/.test(windowDays) || days < minWindowDays || days > maxWindowDays)
    throw new HttpError(
      400,
      'invalid_scope',
      `windowDays must be a whole number of days from ${minWindowDays} to ${maxWindowDays}.`,
    );
  const hall = hallIdSchema.safeParse(hallId);
  if (!hall.success) throw new HttpError(400, 'invalid_scope', 'hallId is not a valid id.');
  return { reach, hallId: hall.data, windowDays: days };
};

const refusalMessages = {
  windowOutOfRange: `The window must be ${minWindowDays}–${maxWindowDays} days.`,
  reachForbidden: "Only a supervisor's desk may hold the whole department.",
  windowForbidden: 'This role may not hold a window that long.',
} as const;

export const resolveScope = async (
  db: Queryable,
  session: Session,
  scope: DeskScope,
  now: Date,
): Promise<ResolvedScope> => {
  // The roles go with the refusal: a desk whose clerk lost a role asks again for a scope they allow.
  const refusal = checkScope(session.roles, scope);
  if (refusal)
    throw new HttpError(403, 'scope_forbidden', refusalMessages[refusal], { roles: session.roles });
  const hall = await db.query('SELECT 1 FROM halls WHERE id = $1 AND department_id = $2', [
    scope.hallId,
    session.departmentId,
  ]);
  if (hall.rows.length === 0)
    throw new HttpError(403, 'scope_forbidden', 'The hall is not one of your department’s halls.');
  const today = hallDayOf(now);
  const from = windowStart(today, scope.windowDays);
  const fromByTable: Record<string, string> = {};
  for (const name of syncedTableNames) {
    const rule = replicationOf(name);
    if (rule) fromByTable[name] = historyStart(rule, today, from);
  }
  return { key: scopeKey(scope), ...scope, today, from, fromByTable };
};

/** The scope as echoed in the pull response (without the per-table detail). */
export const echoScope = ({ fromByTable: _unused, ...scope }: ResolvedScope): PulledScope => scope;
