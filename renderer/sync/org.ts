import type { Department } from '../../shared/domain/organization';
import type { OnceDeskDb } from '../db/schema';
import type { SyncHttp } from './http';

/**
 * Fetches the signed-in clerk's department, halls and windows and upserts them into the local
 * reference tables (local-only, not synced, so not through mutate), so set-up works for a department
 * the demo seed never knew. Returns false, leaving the tables as they were, when the server has no
 * /org (older servers answer 404) or cannot be reached. A department the server keeps without a bureau
 * keeps the local row's bureau if the desk had one.
 */
export const refreshOrganization = async (
  db: OnceDeskDb,
  http: SyncHttp,
  token: string,
): Promise<boolean> => {
  if (!http.org) return false;
  let org;
  try {
    org = await http.org(token);
  } catch {
    return false;
  }
  await db.transaction('rw', [db.departments, db.halls, db.windows], async () => {
    const departments: Department[] = [];
    for (const department of org.departments) {
      const bureau = department.bureau ?? (await db.departments.get(department.id))?.bureau;
      departments.push(bureau ? { ...department, bureau } : department);
    }
    await db.departments.bulkPut(departments);
    await db.halls.bulkPut(org.halls);
    await db.windows.bulkPut(org.windows);
  });
  return true;
};
