import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDepartment, addStaff } from '../../server/admin';
import { addHall, addWindow } from '../../server/adminHalls';
import { testBackends } from '../../server/testing/testDatabase';
import { startTestServer, type TestServer } from '../../server/testing/testServer';
import { departmentIdSchema, hallIdSchema } from '../../shared/ids';
import { openDatabase } from '../../renderer/db/schema';
import { signIn } from '../../renderer/sync/auth';
import { createSyncHttp, type SyncHttp } from '../../renderer/sync/http';

const ybDepartment = departmentIdSchema.parse('dept-JN-YB');
const ybHall = hallIdSchema.parse('hall-JN-YB-DT');
const fetchImpl = (input: string, init?: RequestInit) => fetch(input, init);

/** A department the demo seed never knew, defined on the server only, becomes known to the desk at sign-in. */
describe.each(testBackends())('org at sign-in on %s', (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend);
    const db = server.database;
    // 医保 is neither 人社 nor 民政: a department of no bureau must still come down whole.
    await addDepartment(db, { code: 'JN-YB', name: '济宁市医疗保障局' });
    await addHall(db, {
      departmentCode: 'JN-YB',
      code: 'JN-YB-DT',
      name: '济宁市医保服务大厅',
      address: '济宁市任城区',
    });
    await addWindow(db, { hallCode: 'JN-YB-DT', number: 1, label: '参保登记' });
    await addStaff(db, {
      username: 'yb-staff',
      password: 'password-yb',
      name: '王芳',
      roles: ['staff'],
      departmentCode: 'JN-YB',
    });
  });
  afterAll(() => server.close());

  it('stores the clerk’s department, hall and window in the local reference tables', async () => {
    const desk = openDatabase(`org-at-sign-in-${backend}`);
    try {
      expect(await desk.halls.get(ybHall)).toBeUndefined();
      const http = createSyncHttp(server.url, fetchImpl);
      const session = await signIn(desk, http, 'yb-staff', 'password-yb', {
        now: server.clock.now(),
        iterations: 1000,
      });
      expect(session.staff.departmentId).toBe('dept-JN-YB');
      expect(await desk.departments.get(ybDepartment)).toEqual({
        id: 'dept-JN-YB',
        code: 'JN-YB',
        name: '济宁市医疗保障局',
      });
      expect(await desk.halls.get(ybHall)).toEqual({
        id: 'hall-JN-YB-DT',
        departmentId: 'dept-JN-YB',
        name: '济宁市医保服务大厅',
        address: '济宁市任城区',
      });
      expect(await desk.windows.where('hallId').equals('hall-JN-YB-DT').toArray()).toEqual([
        { id: 'win-JN-YB-DT-01', hallId: 'hall-JN-YB-DT', number: 1, label: '参保登记' },
      ]);
      // Only the clerk's own department comes down: the demo seed's rows are untouched, none added.
      expect(await desk.halls.where('departmentId').equals('dept-JN-YB').count()).toBe(1);
    } finally {
      await desk.delete();
    }
  });

  it('still signs in when the server has no /org (an older server answers 404)', async () => {
    const desk = openDatabase(`org-old-server-${backend}`);
    try {
      const old: SyncHttp = createSyncHttp(server.url, (input, init) =>
        input.endsWith('/org')
          ? Promise.resolve(
              new Response(JSON.stringify({ error: 'not_found', message: 'x' }), { status: 404 }),
            )
          : fetchImpl(input, init),
      );
      const session = await signIn(desk, old, 'yb-staff', 'password-yb', {
        now: server.clock.now(),
        iterations: 1000,
      });
      expect(session.staff.id).toBeTruthy();
      expect(await desk.halls.get(ybHall)).toBeUndefined();
    } finally {
      await desk.delete();
    }
  });
});
