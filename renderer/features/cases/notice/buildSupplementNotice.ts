import type { Case } from '../../../../shared/domain/case';
import type { Material, ServiceItem } from '../../../../shared/domain/serviceItem';
import { hallDayOf } from '../../../../shared/time';
import type { Translate } from '../../../i18n/I18nProvider';
import { officialChinese } from '../../../i18n/officialChinese';
import { formatHallDay } from '../model/promise';
import { escapeHtml } from './escapeHtml';
import { noticeStyles } from './noticeStyles';
import { partyLines } from './partyLines';

export type SupplementNoticeInput = {
  caseRecord: Pick<
    Case,
    'applicantName' | 'applicantIdNumber' | 'itemName' | 'itemCode' | 'supplementNotice'
  > &
    Partial<Pick<Case, 'parties'>>;
  /** The item as it is now; materials recorded on the notice are looked up here by id. */
  item: Pick<ServiceItem, 'materials'> | undefined;
  departmentName: string;
  hall: { name: string; address: string };
  windowNumber: number | null;
  clerkName: string;
};

export type PrintableDocument = { title: string; html: string };

const materialLines = (t: Translate, material: Material): string[] => [
  t('cases.notice.form', { form: t(`form.${material.form}`) }),
  ...(material.copies > 0 ? [t('cases.notice.copies', { count: material.copies })] : []),
  ...(material.isCertificate && material.issuer
    ? [t('cases.notice.issuer', { issuer: material.issuer })]
    : []),
  ...(material.note ? [t('cases.notice.note', { note: material.note })] : []),
];

/**
 * The 一次性告知书 as a complete printable document: inline CSS, A4, no scripts, nothing remote, so the
 * same string prints from Electron's hidden window, the browser's iframe, or a saved PDF. It lists every
 * material recorded on the notice when the case was finished, in that order, so a reprint months later
 * says exactly what the applicant was told the first time. Always in Chinese (officialChinese), whatever
 * the interface language.
 */
export const buildSupplementNotice = (input: SupplementNoticeInput): PrintableDocument => {
  const { caseRecord, item } = input;
  const t = officialChinese;
  const notice = caseRecord.supplementNotice;
  if (!notice) throw new Error('buildSupplementNotice: the case has no supplement notice');
  const text = (value: string) => escapeHtml(value);
  const title = t('cases.notice.title');
  const items = notice.missingMaterialIds.map((id) => {
    const material = item?.materials.find((candidate) => candidate.id === id);
    if (!material) return `<li><span class="name">${text(t('cases.notice.unknownMaterial'))}</span></li>`;
    const details = materialLines(t, material)
      .map((line) => text(line))
      .join('；');
    return `<li><span class="name">${text(material.name)}</span><div class="details">${details}</div></li>`;
  });
  const windowLine =
    input.windowNumber === null
      ? ''
      : `<p>${text(t('cases.notice.window', { window: input.windowNumber }))}</p>`;
  const date = formatHallDay(t, hallDayOf(notice.issuedAt));
  const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${text(`${title} ${notice.number}`)}</title>
<style>${noticeStyles}</style>
</head>
<body>
<main class="sheet">
<p class="department">${text(t('cases.notice.department', { name: input.departmentName }))}</p>
<h1>${text(title)}</h1>
<p class="number">${text(t('cases.notice.number', { number: notice.number }))}</p>
<section class="parties">
${partyLines(t, caseRecord)
  .map((line) => `<p>${text(line)}</p>`)
  .join('\n')}
<p>${text(t('cases.notice.item', { name: caseRecord.itemName, code: caseRecord.itemCode }))}</p>
</section>
<p class="intro">${text(t('cases.notice.intro', { item: caseRecord.itemName }))}</p>
<ol class="materials">
${items.join('\n')}
</ol>
<p class="promise">${text(t('cases.notice.promise'))}</p>
<section class="where">
<p>${text(t('cases.notice.hall', { hall: input.hall.name, address: input.hall.address }))}</p>
${windowLine}
<p>${text(t('cases.notice.clerk', { name: input.clerkName }))}</p>
</section>
<section class="signatures">
<div class="applicant">
<p>${text(t('cases.notice.applicantSignature'))}<span class="line"></span></p>
<p>${text(t('cases.notice.signatureDate'))}</p>
</div>
<div class="issuer">
<p>${text(input.departmentName)}</p>
<p>${text(t('cases.notice.seal'))}</p>
<p>${text(date)}</p>
</div>
</section>
</main>
</body>
</html>`;
  return { title: `${title} ${notice.number}`, html };
};
