import { describe, expect, it } from 'vitest';
import { demoCatalog } from '../demo/catalog';
import { demoCertificateLists, demoListsPublishedAt } from '../demo/certificateLists';
import type { IsoInstant } from '../time';
import { applyCertificateLists } from './applyLists';
import { certificateEntrySchema, certificateListSchema } from './model';
import { buildCertificateIndex } from './resolve';
import { mergeWaivers, waiversFor } from './waiver';

const meta = { version: 1, updatedAt: demoListsPublishedAt, updatedBy: 'seed', deleted: false };
const demo = demoCertificateLists(demoListsPublishedAt);
const index = buildCertificateIndex(
  demo.map(({ list }) => certificateListSchema.parse({ ...list.fields, id: list.id, ...meta })),
  demo.flatMap((rows) =>
    rows.entries.map((entry) => certificateEntrySchema.parse({ ...entry.fields, id: entry.id, ...meta })),
  ),
);
const listed = (name: string) =>
  applyCertificateLists({ ...demoCatalog.find((item) => item.name === name)!, ...meta }, index);
const printed = '2026-11-27T02:00:00.000Z' as IsoInstant;

describe('waivers on a case', () => {
  it('records every certificate the lists waive for this applicant, a letter only when printed', () => {
    const atFinish = waiversFor(listed('城乡最低生活保障申请'), {}, null);
    expect(atFinish.map((waiver) => [waiver.name, waiver.method, waiver.commitmentPrintedAt])).toEqual([
      ['收入证明', 'commitment', null],
      ['财产状况证明', 'commitment', null],
    ]);
    expect(atFinish.every((waiver) => waiver.verificationMethod !== null)).toBe(true);
    // 工伤认定: the labour-relation proof is waived only for the insured.
    const injury = listed('工伤认定申请');
    expect(waiversFor(injury, {}, null)).toEqual([]);
    expect(waiversFor(injury, { insured: true }, null).map((waiver) => waiver.method)).toEqual([
      'dataSharing',
    ]);
  });

  it('keeps what was recorded (the printed letter, the list version) and adds only what is new', () => {
    const item = listed('城乡最低生活保障申请');
    const atPrint = waiversFor(item, {}, printed).slice(0, 1);
    const merged = mergeWaivers(atPrint, waiversFor(item, {}, null));
    expect(merged.map((waiver) => [waiver.name, waiver.commitmentPrintedAt])).toEqual([
      ['收入证明', printed],
      ['财产状况证明', null],
    ]);
    expect(mergeWaivers(undefined, [])).toEqual([]);
  });
});
