import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoHalls, demoWindows } from '../../shared/demo/organization';
import { orgResponseSchema } from '../../shared/sync/contract';
import { addDepartment, addStaff, AdminError } from '../../server/admin';
import { addHall, addWindow } from '../../server/adminHalls';
import { seedDemo } from '../../server/seedDemo';
import { testBackends } from '../../server/testing/testDatabase';
import { startTestServer, type TestServer } from '../../server/testing/testServer';
import { call, civilAffairs, hrss, login, postJson } from './serverClient';

describe.each(testBackends())('GET /org on %s', (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend);
  });
  afterAll(() => server.close());

  const org = (token?: string) =>
    call(`${server.api}/org`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

  it('refuses without a valid token', async () => {
    expect((await org()).status).toBe(401);
    expect((await org('not-a-token')).status).toBe(401);
    expect((await postJson(`${server.api}/org`, {})).status).toBe(401);
    expect((await postJson(`${server.api}/org`, {}, await login(server.api, 'mz-staff'))).status).toBe(405);
  });

  it('gives the demo clerk only their own department, its halls and their windows', async () => {
    const reply = await org(await login(server.api, 'mz-staff'));
    expect(reply.status).toBe(200);
    const body = orgResponseSchema.parse(reply.body);
    expect(body.departments.map((department) => department.id)).toEqual([civilAffairs]);
    expect(body.departments[0]?.bureau).toBe('civilAffairs');
    const ownHalls = demoHalls.filter((hall) => hall.departmentId === civilAffairs);
    expect(body.halls).toEqual(expect.arrayContaining(ownHalls));
    expect(body.halls).toHaveLength(ownHalls.length);
    const ownWindows = demoWindows.filter((window) => ownHalls.some((hall) => hall.id === window.hallId));
    expect(body.windows).toEqual(expect.arrayContaining(ownWindows));
    expect(body.windows).toHaveLength(ownWindows.length);
    expect(body.halls.some((hall) => hall.departmentId === hrss)).toBe(false);
  });

  it('serves what the operator added, and seeding again adds nothing', async () => {
    const db = server.database;
    await addDepartment(db, { code: 'JN-YB', name: '济宁市医疗保障局' });
    await addStaff(db, {
      username: 'yb-staff',
      password: 'password-yb',
      name: '王芳',
      roles: ['staff'],
      departmentCode: 'JN-YB',
    });
    await addHall(db, { departmentCode: 'JN-YB', code: 'JN-YB-DT', name: '医保服务大厅' });
    expect(await addWindow(db, { hallCode: 'JN-YB-DT', number: '3', label: '异地就医' })).toEqual({
      id: 'win-JN-YB-DT-03',
    });
    await expect(addWindow(db, { hallCode: 'JN-YB-DT', number: 3 })).rejects.toThrow(AdminError);
    await expect(addWindow(db, { hallCode: 'NOPE', number: 1 })).rejects.toThrow(/Unknown hall/);
    await expect(addWindow(db, { hallCode: 'JN-YB-DT', number: '0' })).rejects.toThrow(/1 to 999/);
    await expect(addHall(db, { departmentCode: 'NOPE', code: 'X', name: 'x' })).rejects.toThrow(
      /Unknown department/,
    );
    await expect(
      addHall(db, { departmentCode: 'JN-YB', code: 'JN-YB-XZ', name: '乡镇医保站', level: '村' }),
    ).rejects.toThrow(/level "村" must be one of province, city, county, township/);
    await addHall(db, {
      departmentCode: 'JN-YB',
      code: 'JN-YB-NZ',
      name: '南张街道医保服务站',
      level: 'township',
    });

    const token = (
      await postJson<{ token: string }>(`${server.api}/auth/login`, {
        username: 'yb-staff',
        password: 'password-yb',
        deviceId: 'desk-yb',
      })
    ).body.token;
    const body = orgResponseSchema.parse((await org(token)).body);
    expect(body).toEqual({
      departments: [{ id: 'dept-JN-YB', code: 'JN-YB', name: '济宁市医疗保障局' }],
      halls: [
        { id: 'hall-JN-YB-DT', departmentId: 'dept-JN-YB', name: '医保服务大厅', address: '' },
        {
          id: 'hall-JN-YB-NZ',
          departmentId: 'dept-JN-YB',
          name: '南张街道医保服务站',
          address: '',
          level: 'township',
        },
      ],
      windows: [{ id: 'win-JN-YB-DT-03', hallId: 'hall-JN-YB-DT', number: 3, label: '异地就医' }],
    });

    const again = await seedDemo(db, server.clock.now());
    expect(again).toMatchObject({ departments: 0, halls: 0, windows: 0, staff: 0 });
  });
});
