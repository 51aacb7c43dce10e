import type { ServiceItem } from '../../../shared/domain/serviceItem';

/** `all`, `cityWide` (items with no department), or a department id. */
export type DepartmentFilter = string;
export const allDepartments = 'all';
export const cityWide = 'cityWide';

export type CatalogFilter = { department: DepartmentFilter; category: string | null };

type Filterable = Pick<ServiceItem, 'departmentId' | 'category'>;

const matchesDepartment = (item: Filterable, department: DepartmentFilter): boolean =>
  department === allDepartments ||
  (department === cityWide ? item.departmentId === null : item.departmentId === department);

/** Keeps the search's ranking order; only drops what the filters exclude. */
export const applyCatalogFilter = <T extends Filterable>(items: readonly T[], filter: CatalogFilter): T[] =>
  items.filter(
    (item) =>
      matchesDepartment(item, filter.department) &&
      (filter.category === null || item.category === filter.category),
  );

export type CategoryCount = { category: string; count: number };

/** Categories of the chosen department with their item counts, in catalog order of first appearance. */
export const categoriesOf = (items: readonly Filterable[], department: DepartmentFilter): CategoryCount[] => {
  const counts = new Map<string, number>();
  for (const item of items)
    if (matchesDepartment(item, department)) counts.set(item.category, (counts.get(item.category) ?? 0) + 1);
  return [...counts].map(([category, count]) => ({ category, count }));
};

/**
 * What the catalog lists: published, not deleted, the desk's own department first (a 人社 window
 * mostly handles 人社 items), then by department and 事项编码.
 */
export const listableItems = (
  items: readonly ServiceItem[],
  ownDepartmentId: string | null,
): ServiceItem[] => {
  const rank = (item: ServiceItem) => (item.departmentId === ownDepartmentId ? 0 : 1);
  return items
    .filter((item) => item.published && !item.deleted)
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        (a.departmentId ?? '').localeCompare(b.departmentId ?? '') ||
        a.code.localeCompare(b.code),
    );
};

/** Departments in tab order: the desk's own first. */
export const orderDepartments = <T extends { id: string }>(
  departments: readonly T[],
  ownDepartmentId: string | null,
): T[] =>
  [...departments].sort((a, b) => Number(b.id === ownDepartmentId) - Number(a.id === ownDepartmentId));
