import { describe, expect, it } from 'vitest';
import { applyCertificateLists } from '../certificates/applyLists';
import { buildCertificateIndex, certificateStatus, linkedCertificateStatus } from '../certificates/resolve';
import { certificateEntrySchema, certificateListSchema } from '../certificates/model';
import { publishBlockers } from '../certificates/versions';
import { demoCatalog } from './catalog';
import { demoCertificateLists, demoListsPublishedAt } from './certificateLists';

const meta = { version: 0, updatedAt: demoListsPublishedAt, updatedBy: 'seed', deleted: false };
const demo = demoCertificateLists(demoListsPublishedAt);
const lists = demo.map(({ list }) => certificateListSchema.parse({ ...list.fields, id: list.id, ...meta }));
const entries = demo.flatMap((rows) =>
  rows.entries.map((entry) => certificateEntrySchema.parse({ ...entry.fields, id: entry.id, ...meta })),
);

describe('demo certificate lists', () => {
  it('has a published kept and dropped list per bureau, nothing 待分类, sources stated', () => {
    expect(lists.map((list) => `${list.departmentId}/${list.kind}/${list.status}`)).toEqual([
      'dept-JN-RS/dropped/published',
      'dept-JN-RS/kept/published',
      'dept-JN-MZ/dropped/published',
      'dept-JN-MZ/kept/published',
    ]);
    expect(publishBlockers(entries)).toEqual([]);
    for (const list of lists) expect(list.source).toMatch(/演示数据/);
  });

  it('starts the 人社 dropped list with the 7 certificates and the 民政 list with the 安徽 rows', () => {
    const rs = entries.filter((entry) => entry.listId === lists[0]!.id);
    expect(rs.slice(0, 7).map((entry) => entry.name)).toContain('亲属关系证明');
    expect(rs.length).toBeGreaterThanOrEqual(7);
    const mz = entries.filter((entry) => entry.listId === lists[2]!.id);
    expect(mz.slice(0, 3).map((entry) => [entry.name, entry.replacementText])).toEqual([
      ['收入证明', '申请人提供收入情况声明，作出书面承诺'],
      ['家庭（个人）遭遇困难证明', '申请人提供困难情况声明，作出书面承诺'],
      ['财产状况证明', '申请人提供财产状况声明，作出书面承诺，由民政部门通过居民家庭经济状况核对系统核对'],
    ]);
  });

  it('resolves every catalog link to a dropped entry of a published list, and every other certificate to a kept one', () => {
    const index = buildCertificateIndex(lists, entries);
    const links = new Set<string>();
    for (const item of demoCatalog)
      for (const material of item.materials.filter((candidate) => candidate.isCertificate)) {
        const where = `${item.name} / ${material.name}`;
        if (material.dropped) {
          links.add(material.dropped.key);
          const linked = linkedCertificateStatus(index, material.dropped.key, item.departmentId);
          expect(linked.state, where).toBe('dropped');
          if (linked.state !== 'unlisted') expect(linked.list.status, where).toBe('published');
        } else expect(certificateStatus(index, material.name, item.departmentId).state, where).toBe('kept');
      }
    // Every link key names one entry, and the lists hold no key nothing links to.
    const keyed = entries.filter((entry) => entry.linkKey);
    expect(new Set(keyed.map((entry) => entry.linkKey)).size).toBe(keyed.length);
    expect(new Set(keyed.map((entry) => entry.linkKey))).toEqual(links);
  });

  it('gives the window the list entry’s method and wording, which the catalog no longer restates', () => {
    const index = buildCertificateIndex(lists, entries);
    const dibao = demoCatalog.find((item) => item.name === '城乡最低生活保障申请')!;
    expect(dibao.materials.find((material) => material.name === '收入证明')?.dropped).toEqual({
      key: 'MZ-jz-srzm',
    });
    const applied = applyCertificateLists({ ...dibao, ...meta }, index);
    expect(applied.materials.find((material) => material.name === '收入证明')?.dropped).toMatchObject({
      replacementMethod: 'commitment',
      replacement: '申请人提供收入情况声明，作出书面承诺',
      sourceList: '济宁市民政局证明事项取消清单',
    });
  });
});
