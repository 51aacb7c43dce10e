import type { BottleneckFields, BottleneckUpdateFields } from '../duty/bottleneck';
import { newNote, noteUpdate, type Person } from '../duty/builders';
import type { ShiftFields, ShiftPeriod } from '../duty/shift';
import { seededItemId } from '../domain/serviceItem';
import {
  bottleneckIdSchema,
  bottleneckUpdateIdSchema,
  shiftIdSchema,
  windowIdSchema,
  type BottleneckId,
  type BottleneckUpdateId,
  type DepartmentId,
  type HallId,
  type ShiftId,
} from '../ids';
import { addDays, hallDayOf, isWeekend, startOfHallDay, toIsoInstant, type IsoDay } from '../time';
import { demoCatalog } from './catalog';
import { demoCertificateLists, demoListsPublishedAt } from './certificateLists';
import { demoDepartmentIds, demoHallIds, demoStaff } from './organization';
import { rsNotes, mzNotes, rsHandovers, mzHandovers, type DemoNote, type DemoMoment } from './dutyScript';

/**
 * A week of 今日我带班 as the two bureaus' halls lived it: the working days of the last seven calendar
 * days, each hall's shifts closed with a handover and acknowledged by the next leader (the last one
 * waits for today's), and bottleneck notes followed up by several people. Everything is placed
 * relative to `now` (the injected clock), so the week always ends today whenever a desk or the server
 * seeds it.
 *
 * Ids do not contain the dates (a shift's own id is `shift:<hall>:<day>:<period>`): a desk seeds on its
 * first start and the server on `seed-demo`, perhaps days apart, and the server's rows must replace
 * the desk's on the first pull instead of both surviving as two different weeks. No real shift can take
 * a demo shift's place either: demo shifts lie before today, and a shift is only ever opened for today.
 */
export type DemoDutyRows = {
  shifts: { id: ShiftId; fields: ShiftFields }[];
  notes: { id: BottleneckId; fields: BottleneckFields }[];
  updates: { id: BottleneckUpdateId; fields: BottleneckUpdateFields }[];
};

const staffByCode = (code: string): Person => {
  const found = demoStaff.find((person) => person.id === `staff-${code}`);
  if (!found) throw new Error(`no demo staff ${code}`);
  return { id: found.id, name: found.name };
};

/** The working days among the seven calendar days before today, oldest first. */
export const demoWeekDays = (now: Date): IsoDay[] => {
  const today = hallDayOf(now);
  const days: IsoDay[] = [];
  for (let back = 7; back >= 1; back -= 1) {
    const day = addDays(today, -back);
    if (!isWeekend(day)) days.push(day);
  }
  return days;
};

/** `time` (hall clock, HH:MM) on the week's working day number `day`. */
const dayTime = (week: readonly IsoDay[], day: number, time: string): Date => {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return new Date(startOfHallDay(week[day]!).getTime() + (hours * 60 + minutes) * 60_000);
};

const at = (week: readonly IsoDay[], now: Date, moment: DemoMoment): Date =>
  'minutesAgo' in moment
    ? new Date(now.getTime() - moment.minutesAgo * 60_000)
    : dayTime(week, moment.day, moment.time);

type HallWeek = {
  departmentId: DepartmentId;
  hallId: HallId;
  code: string;
  /** Per working day, the periods run and who led each. */
  leaders: readonly (readonly [ShiftPeriod, string][])[];
  onDuty: readonly string[];
  /** Who was off on a given day and period (`<day>:<period>`). */
  off?: Readonly<Record<string, readonly string[]>>;
  handovers: readonly string[];
};

const hours: Record<ShiftPeriod, { open: string; close: string }> = {
  morning: { open: '08:25', close: '12:05' },
  afternoon: { open: '13:25', close: '17:35' },
  allDay: { open: '08:25', close: '17:35' },
};

const hallWeeks: HallWeek[] = [
  {
    departmentId: demoDepartmentIds.hrss,
    hallId: demoHallIds.hrssMain,
    code: 'JN-RS-ZWDT',
    leaders: [
      [
        ['morning', 'JN-RS-004'],
        ['afternoon', 'JN-RS-005'],
      ],
      [
        ['morning', 'JN-RS-004'],
        ['afternoon', 'JN-RS-005'],
      ],
      [
        ['morning', 'JN-RS-004'],
        // The section chief covers an afternoon: a supervisor also leads shifts.
        ['afternoon', 'JN-RS-006'],
      ],
      [
        ['morning', 'JN-RS-004'],
        ['afternoon', 'JN-RS-005'],
      ],
      [
        ['morning', 'JN-RS-004'],
        ['afternoon', 'JN-RS-005'],
      ],
    ],
    onDuty: ['JN-RS-001', 'JN-RS-002', 'JN-RS-003'],
    off: { '3:afternoon': ['JN-RS-003'] },
    handovers: rsHandovers,
  },
  {
    departmentId: demoDepartmentIds.civilAffairs,
    hallId: demoHallIds.civilAffairsCenter,
    code: 'JN-MZ-WMFW',
    leaders: [
      [['allDay', 'JN-MZ-003']],
      [['allDay', 'JN-MZ-003']],
      [['allDay', 'JN-MZ-003']],
      [['allDay', 'JN-MZ-004']],
      [['allDay', 'JN-MZ-003']],
    ],
    onDuty: ['JN-MZ-001', 'JN-MZ-002'],
    handovers: mzHandovers,
  },
];

const demoShiftId = (code: string, day: number, period: ShiftPeriod): ShiftId =>
  shiftIdSchema.parse(`shift-demo-${code}-w${day}-${period}`);

const shiftsOf = (hall: HallWeek, week: readonly IsoDay[]): DemoDutyRows['shifts'] => {
  const runs = hall.leaders.flatMap((periods, day) =>
    day < week.length
      ? periods.map(([period, leader]) => ({ day, period, leader: staffByCode(leader) }))
      : [],
  );
  return runs.map((run, index) => {
    const next = runs[index + 1];
    const opened = dayTime(week, run.day, hours[run.period].open);
    const closed = dayTime(week, run.day, hours[run.period].close);
    const off = hall.off?.[`${run.day}:${run.period}`] ?? [];
    // Each handover is acknowledged by the next leader as their shift opens; the week's last one
    // waits for today's leader.
    const acknowledged = next ? dayTime(week, next.day, hours[next.period].open) : undefined;
    return {
      id: demoShiftId(hall.code, run.day, run.period),
      fields: {
        departmentId: hall.departmentId,
        hallId: hall.hallId,
        day: week[run.day]!,
        period: run.period,
        dutyLeaderId: run.leader.id,
        dutyLeaderName: run.leader.name,
        staffOnDuty: hall.onDuty.filter((code) => !off.includes(code)).map(staffByCode),
        status: 'closed',
        openedAt: toIsoInstant(opened),
        closedAt: toIsoInstant(closed),
        closedById: run.leader.id,
        handoverNote: hall.handovers[index] ?? '无遗留事项。',
        acknowledgedById: next ? next.leader.id : null,
        acknowledgedByName: next ? next.leader.name : null,
        acknowledgedAt: acknowledged ? toIsoInstant(new Date(acknowledged.getTime() + 3 * 60_000)) : null,
      },
    };
  });
};

const certificateEntryIdOf = (departmentId: DepartmentId, name: string): string => {
  const entry = demoCertificateLists(demoListsPublishedAt)
    .filter(({ list }) => list.fields.departmentId === departmentId)
    .flatMap(({ entries }) => entries)
    .find((candidate) => candidate.fields.name === name);
  if (!entry) throw new Error(`no demo certificate entry ${name}`);
  return entry.id;
};

const itemNameOf = (code: string | null): string => {
  if (code === null) return '';
  const item = demoCatalog.find((candidate) => candidate.code === code);
  if (!item) throw new Error(`no demo item ${code}`);
  return item.name;
};

/** The shift of the note's hall that was open when it was raised, if the demo week has one. */
const shiftAt = (
  shifts: DemoDutyRows['shifts'],
  hallId: HallId,
  raisedAt: string,
): DemoDutyRows['shifts'][number] | undefined =>
  shifts.find(
    ({ fields }) =>
      fields.hallId === hallId && fields.openedAt <= raisedAt && (fields.closedAt ?? raisedAt) >= raisedAt,
  );

const notesOf = (
  script: readonly DemoNote[],
  shifts: DemoDutyRows['shifts'],
  week: readonly IsoDay[],
  now: Date,
): Pick<DemoDutyRows, 'notes' | 'updates'> => {
  const notes: DemoDutyRows['notes'] = [];
  const updates: DemoDutyRows['updates'] = [];
  for (const demo of script) {
    const id = bottleneckIdSchema.parse(`note-demo-${demo.key}`);
    const raisedAt = at(week, now, demo.raised);
    const raisedDay = hallDayOf(raisedAt);
    const shift = shiftAt(shifts, demo.hallId, toIsoInstant(raisedAt));
    notes.push({
      id,
      fields: newNote({
        departmentId: demo.departmentId,
        hallId: demo.hallId,
        windowId: windowIdSchema.parse(demo.window),
        itemId: demo.itemCode ? seededItemId(demo.itemCode) : null,
        itemName: itemNameOf(demo.itemCode),
        caseId: null,
        certificateEntryId: demo.certificate
          ? certificateEntryIdOf(demo.departmentId, demo.certificate)
          : null,
        shiftId: shift?.id ?? null,
        category: demo.category,
        description: demo.description,
        applicantsAffected: demo.applicants,
        severity: demo.severity,
        ownerId: null,
        ownerName: null,
        deadline: null,
        by: staffByCode(demo.raised.by),
        now: raisedAt,
      }),
    });
    demo.updates.forEach((step, index) => {
      updates.push({
        id: bottleneckUpdateIdSchema.parse(`noteupd-demo-${demo.key}-${String(index + 1).padStart(2, '0')}`),
        fields: noteUpdate({
          departmentId: demo.departmentId,
          noteId: id,
          kind: step.kind,
          by: staffByCode(step.by),
          now: at(week, now, step.at),
          ...(step.text !== undefined ? { text: step.text } : {}),
          ...(step.status ? { status: step.status } : {}),
          ...(step.owner ? { owner: staffByCode(step.owner) } : {}),
          ...(step.deadlineDays !== undefined ? { deadline: addDays(raisedDay, step.deadlineDays) } : {}),
        }),
      });
    });
  }
  return { notes, updates };
};

/** The demo week for both bureaus, ending at `now`. Pure: the same `now` gives the same rows. */
export const demoDutyRows = (now: Date): DemoDutyRows => {
  const week = demoWeekDays(now);
  const shifts = hallWeeks.flatMap((hall) => shiftsOf(hall, week));
  const { notes, updates } = notesOf([...rsNotes, ...mzNotes], shifts, week, now);
  return { shifts, notes, updates };
};
