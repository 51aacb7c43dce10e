import { describe, expect, it } from 'vitest';
import { diffVersions, summarizeDiff } from './diff';
import type { CertificateEntryFields } from './model';

const entry = (name: string, kind: 'kept' | 'dropped', more: Partial<CertificateEntryFields> = {}) =>
  ({
    serial: '1',
    name,
    kind,
    purpose: '',
    basis: '',
    basisText: '',
    requestingUnit: '',
    issuer: '村委会',
    level: 'county',
    itemType: '',
    keptReason: kind === 'kept' ? '风险高' : '',
    replacementText: kind === 'dropped' ? '告知承诺' : '',
    method: kind === 'dropped' ? 'commitment' : null,
    verificationMethod: null,
    falseCommitmentConsequence: '',
    ...more,
  }) as CertificateEntryFields;

describe('diffVersions', () => {
  it('finds added, removed, moved kept→dropped and changed fields, ignoring renumbering', () => {
    const before = [entry('收入证明', 'kept'), entry('居住证明', 'kept'), entry('婚姻状况证明', 'dropped')];
    const after = [
      entry('收入证明', 'dropped', { serial: '9' }),
      entry('婚姻状况证明', 'dropped', { serial: '7', issuer: '民政部门' }),
      entry('无犯罪记录证明', 'kept'),
    ];
    const rows = diffVersions(before, after);
    expect(summarizeDiff(rows)).toEqual({ added: 1, removed: 1, moved: 1, changed: 1 });
    const moved = rows.find((row) => row.change === 'moved');
    expect(moved?.change === 'moved' && moved.fields.map((field) => field.field)).toEqual([
      'keptReason',
      'replacementText',
      'method',
    ]);
    const changed = rows.find((row) => row.change === 'changed');
    expect(changed?.change === 'changed' && changed.fields).toEqual([
      { field: 'issuer', before: '村委会', after: '民政部门' },
    ]);
  });

  it('compares two 5,000-entry versions', () => {
    const before = Array.from({ length: 5000 }, (_, n) => entry(`证明${n}`, n % 2 ? 'kept' : 'dropped'));
    const after = before.map((e, n) => (n % 100 === 0 ? { ...e, issuer: '新单位' } : e));
    expect(summarizeDiff(diffVersions(before, after))).toEqual({
      added: 0,
      removed: 0,
      moved: 0,
      changed: 50,
    });
  });
});
