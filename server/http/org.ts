import { bureauSchema } from '../../shared/domain/organization';
import { adminLevelSchema } from '../../shared/domain/itemGuide';
import { orgResponseSchema, type OrgResponse } from '../../shared/sync/contract';
import type { Queryable } from '../db/types';

/**
 * The signed-in clerk's own department, its halls and their windows; never another department's, so a
 * desk learns only where it may be set up. Parsed with the contract schema before it leaves.
 */
export const organizationOf = async (db: Queryable, departmentId: string): Promise<OrgResponse> => {
  const departments = await db.query<{ id: string; code: string; name: string; bureau: string | null }>(
    'SELECT id, code, name, bureau FROM departments WHERE id = $1',
    [departmentId],
  );
  const halls = await db.query<{
    id: string;
    department_id: string;
    name: string;
    address: string;
    level: string | null;
  }>('SELECT id, department_id, name, address, level FROM halls WHERE department_id = $1 ORDER BY id', [
    departmentId,
  ]);
  const windows = await db.query<{ id: string; hall_id: string; number: number; label: string }>(
    `SELECT w.id, w.hall_id, w.number, w.label FROM windows w JOIN halls h ON h.id = w.hall_id
      WHERE h.department_id = $1 ORDER BY w.hall_id, w.number`,
    [departmentId],
  );
  return orgResponseSchema.parse({
    departments: departments.rows.map((row) => {
      const bureau = bureauSchema.safeParse(row.bureau);
      return {
        id: row.id,
        code: row.code,
        name: row.name,
        ...(bureau.success ? { bureau: bureau.data } : {}),
      };
    }),
    halls: halls.rows.map((row) => {
      const level = adminLevelSchema.safeParse(row.level);
      return {
        id: row.id,
        departmentId: row.department_id,
        name: row.name,
        address: row.address,
        ...(level.success ? { level: level.data } : {}),
      };
    }),
    windows: windows.rows.map((row) => ({
      id: row.id,
      hallId: row.hall_id,
      number: Number(row.number),
      label: row.label,
    })),
  });
};
