import { describe, expect, it } from 'vitest';
import type { ServiceItem } from '../../../shared/domain/serviceItem';
import { demoCatalog } from '../../../shared/demo/catalog';
import {
  allDepartments,
  applyCatalogFilter,
  categoriesOf,
  cityWide,
  listableItems,
  orderDepartments,
} from './catalogFilter';

const rows: ServiceItem[] = demoCatalog.map((item) => ({
  ...item,
  version: 0,
  updatedAt: '2026-11-27T00:00:00.000Z' as ServiceItem['updatedAt'],
  updatedBy: 'seed',
  deleted: false,
}));

describe('catalog filter', () => {
  const hrss = rows.find((item) => item.name === '失业保险金申领')!;

  it('narrows to one department and one category and keeps the given order', () => {
    const reversed = [...rows].reverse();
    const filtered = applyCatalogFilter(reversed, {
      department: hrss.departmentId!,
      category: hrss.category,
    });
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered).toContain(hrss);
    expect(filtered.every((item) => item.departmentId === hrss.departmentId)).toBe(true);
    expect(filtered.every((item) => item.category === hrss.category)).toBe(true);
    const positions = filtered.map((item) => reversed.indexOf(item));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('treats items without a department as city-wide', () => {
    const mixed = [{ departmentId: null, category: 'A' }, ...rows.slice(0, 3)];
    expect(applyCatalogFilter(mixed, { department: cityWide, category: null })).toEqual([mixed[0]]);
    expect(applyCatalogFilter(mixed, { department: allDepartments, category: null })).toHaveLength(4);
  });

  it('counts categories only within the chosen department', () => {
    const all = categoriesOf(rows, allDepartments);
    const ofHrss = categoriesOf(rows, hrss.departmentId!);
    expect(all.reduce((sum, entry) => sum + entry.count, 0)).toBe(rows.length);
    expect(ofHrss.reduce((sum, entry) => sum + entry.count, 0)).toBe(
      rows.filter((item) => item.departmentId === hrss.departmentId).length,
    );
    expect(ofHrss.length).toBeLessThan(all.length);
  });

  it('lists only published, live items, the own department first, then by department and code', () => {
    const [first, second, third] = rows;
    const own = rows.find((item) => item.departmentId !== rows[rows.length - 1]!.departmentId)!.departmentId!;
    const listed = listableItems(
      [{ ...first!, published: false }, { ...second!, deleted: true }, ...rows.slice(2)],
      own,
    );
    expect(listed).not.toContainEqual(expect.objectContaining({ id: first!.id }));
    expect(listed).not.toContainEqual(expect.objectContaining({ id: second!.id }));
    expect(listed).toContainEqual(expect.objectContaining({ id: third!.id }));
    const firstForeign = listed.findIndex((item) => item.departmentId !== own);
    expect(firstForeign).toBeGreaterThan(0);
    expect(listed.slice(firstForeign).every((item) => item.departmentId !== own)).toBe(true);
    const ownCodes = listed.slice(0, firstForeign).map((item) => item.code);
    expect(ownCodes).toEqual([...ownCodes].sort((a, b) => a.localeCompare(b)));
  });

  it('puts the own department first in the tabs and keeps the rest in order', () => {
    const departments = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(orderDepartments(departments, 'c').map((entry) => entry.id)).toEqual(['c', 'a', 'b']);
    expect(orderDepartments(departments, null).map((entry) => entry.id)).toEqual(['a', 'b', 'c']);
  });
});
