import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importList } from '../../../../shared/certificates/importList';
import { demoDepartmentIds } from '../../../../shared/demo/organization';
import { openDatabase, type OnceDeskDb } from '../../../db/schema';
import { seedDemoData } from '../../../db/seed';
import { PublishBlockedError, publishDraft, saveImportedDraft, saveListFacts } from './listWrites';

const now = new Date('2026-11-27T02:00:00.000Z');
const author = { by: 'staff-JN-MZ-004', now };
let db: OnceDeskDb;
let counter = 0;

beforeEach(async () => {
  counter += 1;
  db = openDatabase(`list-writes-test-${counter}`);
  await seedDemoData(db, now);
});
afterEach(async () => {
  await db.delete();
});

/** An imported draft of the 民政局's dropped list: imports leave the effective date empty. */
const importedDraft = async () => {
  const parsed = importList(
    [
      {
        name: '取消清单',
        rows: [
          ['序号', '证明名称', '开具单位', '取消后的办理方式'],
          ['1', '收入证明', '村（居）民委员会', '申请人提供收入情况声明，作出书面承诺'],
        ],
      },
    ],
    { kind: 'dropped' },
  );
  expect(parsed.ok).toBe(true);
  const id = await saveImportedDraft(
    db,
    {
      departmentId: demoDepartmentIds.civilAffairs,
      kind: 'dropped',
      title: '济宁市民政局证明事项取消清单',
      documentNumber: '',
      effectiveDate: null,
      source: 'list.csv',
      entries: parsed.entries,
    },
    author,
  );
  return (await db.certificateLists.get(id))!;
};

describe('a re-imported list', () => {
  it('keeps the catalog’s links: each certificate takes over the link key of the version it replaces', async () => {
    const draft = await importedDraft();
    const [income] = await db.certificateEntries.where('listId').equals(draft.id).toArray();
    expect(income).toMatchObject({ name: '收入证明', linkKey: 'MZ-jz-srzm' });
  });
});

describe('a draft list’s facts', () => {
  it('cannot be published without its effective date, and can once the date is set', async () => {
    const draft = await importedDraft();
    await expect(publishDraft(db, draft, author)).rejects.toMatchObject({ missingEffectiveDate: true });
    expect((await db.certificateLists.get(draft.id))?.status).toBe('draft');

    await saveListFacts(
      db,
      draft,
      { title: draft.title, documentNumber: '济民字〔2026〕12号', effectiveDate: '2026-12-01' as never },
      author,
    );
    const dated = (await db.certificateLists.get(draft.id))!;
    expect(dated).toMatchObject({ documentNumber: '济民字〔2026〕12号', effectiveDate: '2026-12-01' });
    await publishDraft(db, dated, author);
    const published = (await db.certificateLists.get(draft.id))!;
    expect(published.status).toBe('published');
    // The version it replaced is history now.
    const previous = await db.certificateLists.get(published.previousVersionId!);
    expect(previous?.status).toBe('superseded');
  });

  it('are never edited on a published version', async () => {
    const published = (await db.certificateLists.toArray()).find((list) => list.status === 'published')!;
    expect(() =>
      saveListFacts(db, published, { title: 'x', documentNumber: '', effectiveDate: null }, author),
    ).toThrow();
    expect(new PublishBlockedError(0, true).message).toMatch(/effective date/);
  });
});
