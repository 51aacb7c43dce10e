import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../../app/DbContext';
import type { Shift } from '../../../../shared/duty/shift';
import type { HallId } from '../../../../shared/ids';
import type { IsoDay } from '../../../../shared/time';
import { dayFigures } from '../../../../shared/domain/dayFigures';
import { casesOfDay } from '../../cases/data/useTodayCases';

export type ShiftDesk = {
  /** The shift of this hall open now (today's, or an older one nobody closed). */
  open: Shift | undefined;
  /** Today's shifts of this hall, for "already handed over". */
  today: Shift[];
  /** Closed shifts of this hall whose handover nobody has acknowledged yet. */
  pending: Shift[];
  cases: number;
  completedInOneVisit: number;
};

/** The shifts and today's case counts of one hall. */
export const useShiftDesk = (hallId: HallId | undefined, day: IsoDay): ShiftDesk | undefined => {
  const db = useDb();
  return useLiveQuery(async () => {
    if (!hallId) return undefined;
    const shifts = (await db.shifts.where('hallId').equals(hallId).toArray()).filter(
      (shift) => !shift.deleted,
    );
    // The same figures as the home screen's, for the hall: a return visit's 办结 is not 一次办结.
    const figures = dayFigures(await casesOfDay(db, day), day, { hallId });
    return {
      open: shifts
        .filter((shift) => shift.status === 'open')
        .sort((a, b) => (a.openedAt < b.openedAt ? 1 : -1))[0],
      today: shifts.filter((shift) => shift.day === day),
      pending: shifts
        .filter((shift) => shift.status === 'closed' && shift.acknowledgedById === null)
        .sort((a, b) => ((a.closedAt ?? '') < (b.closedAt ?? '') ? 1 : -1)),
      cases: figures.total,
      completedInOneVisit: figures.completedInOneVisit,
    };
  }, [db, hallId, day]);
};
