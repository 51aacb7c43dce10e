import type { Case } from '../../../../shared/domain/case';
import type { Material, ServiceItem } from '../../../../shared/domain/serviceItem';
import { hallDayOf } from '../../../../shared/time';
import type { Translate } from '../../../i18n/I18nProvider';
import { officialChinese } from '../../../i18n/officialChinese';
import { formatHallDay } from '../model/promise';
import { escapeHtml } from './escapeHtml';
import { renderOfficialDocument, type IssuingDesk, type PrintableDocument } from './officialDocument';

export type SupplementNoticeInput = IssuingDesk & {
  caseRecord: Pick<
    Case,
    'applicantName' | 'applicantIdNumber' | 'itemName' | 'itemCode' | 'supplementNotice'
  > &
    Partial<Pick<Case, 'parties'>>;
  /** The item as it is now; materials recorded on the notice are looked up here by id. */
  item: Pick<ServiceItem, 'materials'> | undefined;
};

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
  const body = `<p class="intro">${text(t('cases.notice.intro', { item: caseRecord.itemName }))}</p>
<ol class="materials">
${items.join('\n')}
</ol>
<p class="promise">${text(t('cases.notice.promise'))}</p>`;
  return renderOfficialDocument(input, {
    title,
    number: notice.number,
    date: formatHallDay(t, hallDayOf(notice.issuedAt)),
    caseRecord,
    body,
  });
};
