import type { Case } from '../../../../shared/domain/case';
import { officialChinese } from '../../../i18n/officialChinese';
import { escapeHtml } from './escapeHtml';
import { noticeStyles } from './noticeStyles';
import { partyLines } from './partyLines';

export type PrintableDocument = { title: string; html: string };

/** Where the paper was issued and by whom: the same on every document handed to an applicant. */
export type IssuingDesk = {
  departmentName: string;
  hall: { name: string; address: string };
  windowNumber: number | null;
  clerkName: string;
};

type OfficialDocument = {
  title: string;
  number: string;
  /** The issuing day, already written out the Chinese way. */
  date: string;
  caseRecord: Pick<Case, 'applicantName' | 'applicantIdNumber' | 'itemName' | 'itemCode'> &
    Partial<Pick<Case, 'parties'>>;
  /** Lines after the parties and the item, inside the same block (e.g. where a case was handed on). */
  extraPartyLines?: string[];
  /** The document's own content, already HTML. */
  body: string;
};

/**
 * The frame every paper for an applicant shares — A4, inline CSS, no scripts, always Chinese: the
 * department, title and number, who it is for and which item, the document's own body, where and by whom
 * it was issued, and the signature and seal lines. The 一次性告知书 and the 代收凭证 / 转办告知书 differ
 * only in their body.
 */
export const renderOfficialDocument = (desk: IssuingDesk, doc: OfficialDocument): PrintableDocument => {
  const t = officialChinese;
  const text = escapeHtml;
  const { caseRecord } = doc;
  const windowLine =
    desk.windowNumber === null
      ? ''
      : `<p>${text(t('cases.notice.window', { window: desk.windowNumber }))}</p>`;
  const partyBlock = [
    ...partyLines(t, caseRecord),
    t('cases.notice.item', { name: caseRecord.itemName, code: caseRecord.itemCode }),
    ...(doc.extraPartyLines ?? []),
  ]
    .map((line) => `<p>${text(line)}</p>`)
    .join('\n');
  const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${text(`${doc.title} ${doc.number}`)}</title>
<style>${noticeStyles}</style>
</head>
<body>
<main class="sheet">
<p class="department">${text(t('cases.notice.department', { name: desk.departmentName }))}</p>
<h1>${text(doc.title)}</h1>
<p class="number">${text(t('cases.notice.number', { number: doc.number }))}</p>
<section class="parties">
${partyBlock}
</section>
${doc.body}
<section class="where">
<p>${text(t('cases.notice.hall', { hall: desk.hall.name, address: desk.hall.address }))}</p>
${windowLine}
<p>${text(t('cases.notice.clerk', { name: desk.clerkName }))}</p>
</section>
<section class="signatures">
<div class="applicant">
<p>${text(t('cases.notice.applicantSignature'))}<span class="line"></span></p>
<p>${text(t('cases.notice.signatureDate'))}</p>
</div>
<div class="issuer">
<p>${text(desk.departmentName)}</p>
<p>${text(t('cases.notice.seal'))}</p>
<p>${text(doc.date)}</p>
</div>
</section>
</main>
</body>
</html>`;
  return { title: `${doc.title} ${doc.number}`, html };
};
