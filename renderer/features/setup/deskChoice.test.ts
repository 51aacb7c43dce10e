import { describe, expect, it } from 'vitest';
import { demoDepartments, demoHalls, demoStaff, demoWindows } from '../../../shared/demo/organization';
import {
  changeChoice,
  emptyDeskChoice,
  optionsFor,
  validateDeskChoice,
  type Organization,
} from './deskChoice';

const org: Organization = {
  departments: demoDepartments,
  halls: demoHalls,
  windows: demoWindows,
  staff: demoStaff,
};
const [hrss, civil] = demoDepartments;
const hrssHall = demoHalls.find((hall) => hall.departmentId === hrss!.id)!;
const civilHall = demoHalls.find((hall) => hall.departmentId === civil!.id)!;
const hrssWindow = demoWindows.find((window) => window.hallId === hrssHall.id)!;
const civilWindow = demoWindows.find((window) => window.hallId === civilHall.id)!;
const hrssClerk = demoStaff.find((person) => person.departmentId === hrss!.id)!;
const civilClerk = demoStaff.find((person) => person.departmentId === civil!.id)!;

const complete = {
  departmentId: hrss!.id,
  hallId: hrssHall.id,
  windowId: hrssWindow.id,
  staffId: hrssClerk.id,
};

describe('desk choice', () => {
  it('offers only the halls and clerks of the chosen department, windows of the hall in order', () => {
    const options = optionsFor(org, complete);
    expect(options.halls.every((hall) => hall.departmentId === hrss!.id)).toBe(true);
    expect(options.staff.every((person) => person.departmentId === hrss!.id)).toBe(true);
    expect(options.windows.every((window) => window.hallId === hrssHall.id)).toBe(true);
    const numbers = options.windows.map((window) => window.number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('clears lower choices when the department changes', () => {
    const next = changeChoice(org, complete, 'departmentId', civil!.id);
    expect(next).toEqual({ departmentId: civil!.id, hallId: '', windowId: '', staffId: '' });
  });

  it('keeps the clerk but clears the window when only the hall changes', () => {
    const otherHall = demoHalls.find((hall) => hall.departmentId === hrss!.id && hall.id !== hrssHall.id)!;
    const next = changeChoice(org, complete, 'hallId', otherHall.id);
    expect(next).toEqual({ ...complete, hallId: otherHall.id, windowId: '' });
  });

  it('reports every missing field at once', () => {
    const result = validateDeskChoice(org, emptyDeskChoice);
    expect(result).toEqual({
      ok: false,
      error: { departmentId: 'missing', hallId: 'missing', windowId: 'missing', staffId: 'missing' },
    });
  });

  it('refuses a hall, window or clerk of another department or hall', () => {
    const result = validateDeskChoice(org, { ...complete, hallId: civilHall.id, staffId: civilClerk.id });
    expect(result).toEqual({
      ok: false,
      error: { hallId: 'mismatch', windowId: 'mismatch', staffId: 'mismatch' },
    });
    const wrongWindow = validateDeskChoice(org, { ...complete, windowId: civilWindow.id });
    expect(wrongWindow).toEqual({ ok: false, error: { windowId: 'mismatch' } });
  });

  it('accepts a consistent choice as a desk', () => {
    expect(validateDeskChoice(org, complete)).toEqual({ ok: true, value: complete });
  });

  it('accepts a department known only by its halls (from the server), but no other department', () => {
    const withoutRow = { ...org, departments: org.departments.filter((entry) => entry.id !== hrss!.id) };
    expect(validateDeskChoice(withoutRow, complete)).toEqual({ ok: true, value: complete });
    const noHalls = { ...withoutRow, halls: demoHalls.filter((hall) => hall.departmentId !== hrss!.id) };
    expect(validateDeskChoice(noHalls, complete)).toMatchObject({
      ok: false,
      error: { departmentId: 'missing', hallId: 'missing' },
    });
  });
});
