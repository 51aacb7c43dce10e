import { expect } from 'vitest';
import { addTestDepartment, testPassword, type TestServer } from './testServer';
import { openTestClient, type TestClient } from './testClient';

/**
 * A new department of `staff` clerks and `leaders` duty leaders, each signed in on a desk of their own.
 * Each desk is also added to `open`, which the test file closes after its tests.
 */
export const openDepartmentDesks = async (
  server: TestServer,
  open: TestClient[],
  staff: number,
  leaders = 0,
): Promise<{ departmentId: string; desks: TestClient[] }> => {
  const { departmentId, usernames } = await addTestDepartment(server.database(), staff, leaders);
  const desks: TestClient[] = [];
  for (const username of usernames) {
    const desk = await openTestClient({ serverUrl: server.url(), username, password: testPassword });
    open.push(desk);
    desks.push(desk);
  }
  return { departmentId, desks };
};

/** Every desk syncs, twice round, so each sees what the others pushed last; every run must succeed. */
export const syncEveryDesk = async (desks: readonly TestClient[]): Promise<void> => {
  for (let round = 0; round < 2; round += 1) {
    for (const desk of desks) {
      const outcome = await desk.engine.sync();
      expect(outcome, JSON.stringify(desk.engine.status.get().lastError)).toBe('synced');
    }
  }
};
