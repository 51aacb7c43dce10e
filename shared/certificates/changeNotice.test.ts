import { describe, expect, it } from 'vitest';
import { demoCertificateLists, demoListsPublishedAt } from '../demo/certificateLists';
import type { IsoDay, IsoInstant } from '../time';
import { acknowledge, changeNotice, unseenPublications, type SeenChanges } from './changeNotice';
import {
  certificateEntrySchema,
  certificateListSchema,
  type CertificateEntry,
  type CertificateList,
} from './model';

const meta = { version: 1, updatedAt: demoListsPublishedAt, updatedBy: 'seed', deleted: false };
const demo = demoCertificateLists(demoListsPublishedAt);
const lists = demo.map(({ list }) => certificateListSchema.parse({ ...list.fields, id: list.id, ...meta }));
const entries = demo.flatMap((rows) =>
  rows.entries.map((entry) => certificateEntrySchema.parse({ ...entry.fields, id: entry.id, ...meta })),
);
const mzDropped = lists.find((list) => list.departmentId === 'dept-JN-MZ' && list.kind === 'dropped')!;
const v1 = entries.filter((entry) => entry.listId === mzDropped.id);

/** Version 2 of the 民政 dropped list: 婚姻状况证明 added, 收入证明 now verified by data sharing, one gone. */
const v2List: CertificateList = {
  ...mzDropped,
  id: 'mz-dropped-v2' as CertificateList['id'],
  versionNumber: 2,
  previousVersionId: mzDropped.id,
  effectiveDate: '2026-12-01' as IsoDay,
  publishedAt: '2026-11-30T08:00:00.000Z' as IsoInstant,
  publishedBy: 'staff-JN-MZ-004',
};
const v2: CertificateEntry[] = [
  ...v1
    .slice(0, -1)
    .map((entry) =>
      entry.name === '收入证明'
        ? { ...entry, listId: v2List.id, method: 'dataSharing' as const, replacementText: '通过核对系统获取' }
        : { ...entry, listId: v2List.id },
    ),
  {
    ...v1[0]!,
    id: 'new' as CertificateEntry['id'],
    listId: v2List.id,
    name: '无犯罪记录证明',
    method: 'commitment',
  },
];
const all = [...lists, { ...mzDropped, status: 'superseded' as const }, v2List];
const entriesOf = (listId: string) => (listId === v2List.id ? v2 : v1);
const clerk = { staffId: 'staff-JN-MZ-001', departmentId: 'dept-JN-MZ' };
const since = (at: string): SeenChanges => ({ since: at as IsoInstant, acknowledged: [] });

describe('the what-changed notice', () => {
  it('tells a clerk of their department what the new version drops, and how a method changed', () => {
    const unseen = unseenPublications(all, since('2026-11-29T00:00:00.000Z'), clerk);
    expect(unseen.map((list) => list.id)).toEqual([v2List.id]);
    const notice = changeNotice(unseen, entriesOf)!;
    expect(notice.listIds).toEqual([v2List.id]);
    expect(notice.lines).toEqual([
      { kind: 'method', name: '收入证明', method: 'dataSharing', replacement: '通过核对系统获取' },
      {
        kind: 'dropped',
        name: '无犯罪记录证明',
        method: 'commitment',
        replacement: v1[0]!.replacementText,
        from: '2026-12-01',
      },
    ]);
    // The entry the new version no longer lists is counted, not spelled out.
    expect(notice.more).toBe(1);
  });

  it('is shown once: not before the clerk used the desk, not to the publisher, not after 知道了', () => {
    expect(unseenPublications(all, since('2026-11-30T09:00:00.000Z'), clerk)).toEqual([]);
    expect(
      unseenPublications(all, since('2026-11-29T00:00:00.000Z'), { ...clerk, staffId: 'staff-JN-MZ-004' }),
    ).toEqual([]);
    expect(
      unseenPublications(all, since('2026-11-29T00:00:00.000Z'), { ...clerk, departmentId: 'dept-JN-RS' }),
    ).toEqual([]);
    const seen = acknowledge(since('2026-11-29T00:00:00.000Z'), [v2List.id]);
    expect(unseenPublications(all, seen, clerk)).toEqual([]);
    expect(changeNotice([], entriesOf)).toBeNull();
  });

  it('keeps the notice short on a large change', () => {
    const big = Array.from({ length: 30 }, (_, n) => ({
      ...v1[0]!,
      id: `big-${n}` as CertificateEntry['id'],
      listId: v2List.id,
      name: `证明${n}`,
    }));
    const notice = changeNotice([v2List], (listId) => (listId === v2List.id ? [...v1, ...big] : v1), 8)!;
    expect(notice.lines).toHaveLength(8);
    expect(notice.more).toBe(22);
  });
});
