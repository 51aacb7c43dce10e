import type { CaseFields } from '../../shared/domain/case';
import type { Mutation, PullResponse, PushResponse } from '../../shared/sync/contract';
import { demoPassword } from '../../server/seedDemo';

/** Thin HTTP helpers for the server contract tests: plain fetch, no client sync code. */
export type Reply<T = unknown> = { status: number; body: T };

export const call = async <T = unknown>(url: string, init: RequestInit = {}): Promise<Reply<T>> => {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Leave non-JSON as text; the tests assert JSON where the contract requires it.
  }
  return { status: response.status, body: body as T };
};

export const postJson = <T = unknown>(url: string, body: unknown, token?: string): Promise<Reply<T>> =>
  call<T>(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

export const login = async (
  api: string,
  username: string,
  deviceId = `device-${username}`,
): Promise<string> => {
  const reply = await postJson<{ token: string }>(`${api}/auth/login`, {
    username,
    password: demoPassword,
    deviceId,
  });
  if (reply.status !== 200)
    throw new Error(`login ${username} failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body.token;
};

export const push = (api: string, token: string, clientId: string, mutations: unknown[]) =>
  postJson<PushResponse & { error?: string; expectedSeq?: number }>(
    `${api}/sync/push`,
    { clientId, schemaVersion: 1, mutations },
    token,
  );

export const pull = (api: string, token: string, since = 0, limit = 1000, clientId?: string) =>
  call<PullResponse>(
    `${api}/sync/pull?since=${since}&limit=${limit}${clientId === undefined ? '' : `&clientId=${encodeURIComponent(clientId)}`}`,
    { headers: { authorization: `Bearer ${token}` } },
  );

export const hrss = 'dept-JN-RS';
export const civilAffairs = 'dept-JN-MZ';

export const caseFields = (
  departmentId: string,
  overrides: Partial<Record<keyof CaseFields, unknown>> = {},
) => ({
  itemId: 'item-370800-RS-GG-001',
  itemCode: '370800-RS-GG-001',
  itemName: '失业保险金申领',
  departmentId,
  hallId: 'hall-JN-RS-ZWDT',
  windowId: 'win-JN-RS-ZWDT-01',
  staffId: 'staff-JN-RS-001',
  applicantName: '张三',
  applicantIdNumber: null,
  status: 'started',
  completedStepIds: [],
  receivedMaterialIds: [],
  startedAt: '2026-11-27T01:00:00.000Z',
  day: '2026-11-27',
  promisedBy: '2026-11-28T16:00:00.000Z',
  finishedAt: null,
  outcomeNote: '',
  transferredTo: null,
  supplementNotice: null,
  rating: null,
  ...overrides,
});

let mutationCounter = 0;

export const mutation = (
  seq: number,
  table: string,
  rowId: string,
  fields: Record<string, unknown>,
  extra: Partial<Mutation> = {},
) => ({
  seq,
  mutationId: `m-${(mutationCounter += 1)}`,
  table,
  op: 'upsert' as const,
  rowId,
  fields,
  baseVersion: 0,
  at: '2026-11-27T01:00:00.000Z',
  ...extra,
});
