import { describe, expect, it } from 'vitest';
import {
  departmentSchema,
  hallSchema,
  hasRole,
  roleSchema,
  serviceWindowSchema,
  staffSchema,
} from '../domain/organization';
import { demoDepartments, demoHalls, demoStaff, demoWindows } from './organization';

const unique = (values: readonly string[]) => new Set(values).size === values.length;

describe('demo organization', () => {
  it('validates every row with the domain schemas', () => {
    for (const department of demoDepartments) expect(departmentSchema.parse(department)).toEqual(department);
    for (const hall of demoHalls) expect(hallSchema.parse(hall)).toEqual(hall);
    for (const window of demoWindows) expect(serviceWindowSchema.parse(window)).toEqual(window);
    for (const person of demoStaff) {
      const { username: _username, ...staff } = person;
      expect(staffSchema.strict().parse(staff)).toEqual(staff);
    }
  });

  it('has the two bureaus with their codes', () => {
    expect(demoDepartments.map((department) => [department.code, department.bureau])).toEqual([
      ['JN-RS', 'hrss'],
      ['JN-MZ', 'civilAffairs'],
    ]);
  });

  it('uses unique ids everywhere and unique usernames', () => {
    const ids = [...demoDepartments, ...demoHalls, ...demoWindows, ...demoStaff].map((row) => row.id);
    expect(unique(ids)).toBe(true);
    expect(unique(demoStaff.map((person) => person.username))).toBe(true);
  });

  it('links halls, windows and staff to existing parents', () => {
    const departmentIds = new Set<string>(demoDepartments.map((department) => department.id));
    const hallIds = new Set<string>(demoHalls.map((hall) => hall.id));
    expect(demoHalls.every((hall) => departmentIds.has(hall.departmentId))).toBe(true);
    expect(demoWindows.every((window) => hallIds.has(window.hallId))).toBe(true);
    expect(demoStaff.every((person) => departmentIds.has(person.departmentId))).toBe(true);
  });

  it('numbers windows 1..n within each hall', () => {
    for (const hall of demoHalls) {
      const numbers = demoWindows
        .filter((window) => window.hallId === hall.id)
        .map((window) => window.number);
      expect(numbers.length).toBeGreaterThanOrEqual(3);
      expect(numbers).toEqual(numbers.map((_, index) => index + 1));
    }
  });

  it('has at least one person of each role per department, and the plain demo logins', () => {
    for (const department of demoDepartments) {
      const people = demoStaff.filter((person) => person.departmentId === department.id);
      for (const role of roleSchema.options)
        expect(people.some((person) => person.roles.includes(role))).toBe(true);
    }
    const byUsername = new Map(demoStaff.map((person) => [person.username, person]));
    for (const [prefix, code] of [
      ['rs', 'JN-RS'],
      ['mz', 'JN-MZ'],
    ] as const) {
      const department = demoDepartments.find((row) => row.code === code)!;
      expect(byUsername.get(`${prefix}-staff`)?.roles).toEqual(['staff']);
      expect(hasRole(byUsername.get(`${prefix}-leader`)!.roles, 'leader')).toBe(true);
      expect(hasRole(byUsername.get(`${prefix}-chief`)!.roles, 'supervisor')).toBe(true);
      for (const suffix of ['staff', 'leader', 'chief'])
        expect(byUsername.get(`${prefix}-${suffix}`)?.departmentId).toBe(department.id);
    }
  });
});
