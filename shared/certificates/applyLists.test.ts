import { describe, expect, it } from 'vitest';
import { demoCatalog } from '../demo/catalog';
import { demoCertificateLists, demoListsPublishedAt } from '../demo/certificateLists';
import { isNeededMaterial } from '../domain/serviceItem';
import { applyCertificateLists } from './applyLists';
import { certificateEntrySchema, certificateListSchema } from './model';
import { buildCertificateIndex } from './resolve';

const meta = { version: 1, updatedAt: demoListsPublishedAt, updatedBy: 'seed', deleted: false };
const demo = demoCertificateLists(demoListsPublishedAt);
const lists = demo.map(({ list }) => certificateListSchema.parse({ ...list.fields, id: list.id, ...meta }));
const entries = demo.flatMap((rows) =>
  rows.entries.map((entry) => certificateEntrySchema.parse({ ...entry.fields, id: entry.id, ...meta })),
);
const lowIncome = {
  ...demoCatalog.find((item) => item.name === '城乡最低生活保障申请')!,
  ...meta,
};

describe('applyCertificateLists', () => {
  it('drops what the published list drops, with the list’s wording, and never asks for it', () => {
    const applied = applyCertificateLists(lowIncome, buildCertificateIndex(lists, entries));
    const income = applied.materials.find((material) => material.name === '收入证明')!;
    expect(income.dropped).toMatchObject({
      replacementMethod: 'commitment',
      replacement: '申请人提供收入情况声明，作出书面承诺',
      sourceList: '济宁市民政局证明事项取消清单',
    });
    expect(income.listed?.entry.basis).toBe('《社会救助暂行办法》');
    expect(isNeededMaterial(income)).toBe(false);
  });

  it('asks again for a certificate a newer kept list holds, and leaves unlisted ones to the guide', () => {
    const keptList = {
      ...lists[3]!,
      id: 'kept-2' as never,
      publishedAt: '2026-12-01T00:00:00.000Z' as never,
    };
    const keptIncome = {
      ...entries.find((entry) => entry.name === '收入证明')!,
      id: 'k1' as never,
      listId: keptList.id,
      kind: 'kept' as const,
    };
    const applied = applyCertificateLists(
      lowIncome,
      buildCertificateIndex([...lists, keptList], [...entries, keptIncome]),
    );
    const income = applied.materials.find((material) => material.name === '收入证明')!;
    expect(income.dropped).toBeUndefined();
    expect(income.listed?.state).toBe('kept');
    expect(isNeededMaterial(income)).toBe(true);
  });

  it('asks for a linked certificate the published lists no longer hold; unlinked ones follow the guide', () => {
    const none = applyCertificateLists(lowIncome, buildCertificateIndex([], []));
    const income = none.materials.find((material) => material.name === '收入证明')!;
    expect(income.dropped).toBeUndefined();
    expect(isNeededMaterial(income)).toBe(true);
    const unlinked = lowIncome.materials.filter((material) => !material.dropped);
    expect(none.materials.filter((material) => unlinked.some((other) => other.id === material.id))).toEqual(
      unlinked,
    );
  });
});
