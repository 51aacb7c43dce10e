import type { Case } from '../../../../shared/domain/case';
import { openDeferrals } from '../../../../shared/domain/caseGuide';
import type { Material, ServiceItem } from '../../../../shared/domain/serviceItem';
import { hallDayOf } from '../../../../shared/time';
import { officialChinese } from '../../../i18n/officialChinese';
import { noticeNumberOf } from '../finish/outcomes';
import { formatHallDay } from '../model/promise';
import type { SupplementNoticeInput } from './buildSupplementNotice';
import { escapeHtml } from './escapeHtml';
import { renderOfficialDocument, type PrintableDocument } from './officialDocument';

export type HandOnReceiptInput = Omit<SupplementNoticeInput, 'caseRecord' | 'item'> & {
  caseRecord: Pick<
    Case,
    | 'id'
    | 'day'
    | 'status'
    | 'applicantName'
    | 'applicantIdNumber'
    | 'itemName'
    | 'itemCode'
    | 'transferredTo'
    | 'finishedAt'
    | 'outcomeNote'
    | 'receivedMaterialIds'
  > &
    Partial<Pick<Case, 'parties' | 'deferredMaterials'>>;
  item: Pick<ServiceItem, 'materials'> | undefined;
};

/** Whether the case ended by being handed on, so that a receipt says where it went. */
export const isHandedOn = (caseRecord: Pick<Case, 'status' | 'transferredTo'>): boolean =>
  (caseRecord.status === 'collected' || caseRecord.status === 'transferred') && !!caseRecord.transferredTo;

const materialLine = (material: Material | undefined): string => {
  const t = officialChinese;
  if (!material) return t('cases.notice.unknownMaterial');
  const copies = material.copies > 0 ? `，${t('cases.notice.copies', { count: material.copies })}` : '';
  return `${material.name}（${t(`form.${material.form}`)}${copies}）`;
};

/**
 * The paper an applicant takes home when the window hands the case on instead of deciding it: the
 * 代收凭证 of a 乡镇 window that collected a 低保 application for the county (what it received, where it
 * went, who decides and tells the result), or the 转办告知书 of a case sent to the competent unit. Like
 * the one-time notice: complete HTML, A4, no scripts, always in Chinese, rebuilt the same on reprint.
 */
export const buildHandOnReceipt = (input: HandOnReceiptInput): PrintableDocument => {
  const { caseRecord, item } = input;
  const t = officialChinese;
  if (!isHandedOn(caseRecord) || !caseRecord.finishedAt)
    throw new Error('buildHandOnReceipt: the case was not handed on');
  const collected = caseRecord.status === 'collected';
  const target = caseRecord.transferredTo ?? '';
  const text = (value: string) => escapeHtml(value);
  const title = t(collected ? 'cases.notice.handOn.collectedTitle' : 'cases.notice.handOn.transferredTitle');
  const number = noticeNumberOf(caseRecord);
  const date = formatHallDay(t, hallDayOf(caseRecord.finishedAt));
  const find = (id: string) => item?.materials.find((material) => material.id === id);
  const received = caseRecord.receivedMaterialIds.map(
    (id) => `<li><span class="name">${text(materialLine(find(id)))}</span></li>`,
  );
  const promised = openDeferrals(caseRecord).map(
    (entry) =>
      `<li><span class="name">${text(
        t('cases.notice.handOn.deferred', {
          material: find(entry.materialId)?.name ?? t('cases.notice.unknownMaterial'),
          dueDay: formatHallDay(t, entry.dueDay),
        }),
      )}</span></li>`,
  );
  const body = collected
    ? `<p class="intro">${text(t('cases.notice.handOn.collectedIntro', { item: caseRecord.itemName, date, body: target }))}</p>
<ol class="materials">
${received.length > 0 ? received.join('\n') : `<li>${text(t('cases.notice.handOn.noMaterials'))}</li>`}
</ol>
${promised.length > 0 ? `<p>${text(t('cases.notice.handOn.deferredIntro'))}</p>\n<ol class="materials">\n${promised.join('\n')}\n</ol>` : ''}
<p class="promise">${text(t('cases.notice.handOn.collectedNext', { body: target, number }))}</p>`
    : `<p class="intro">${text(t('cases.notice.handOn.transferredIntro', { item: caseRecord.itemName, target }))}</p>
<p class="promise">${text(t('cases.notice.handOn.transferredNext'))}</p>`;
  const noteLine =
    caseRecord.outcomeNote.trim() === ''
      ? ''
      : `<p>${text(t('cases.notice.note', { note: caseRecord.outcomeNote.trim() }))}</p>`;
  return renderOfficialDocument(input, {
    title,
    number,
    date,
    caseRecord,
    extraPartyLines: [
      t(collected ? 'cases.notice.handOn.collectedTo' : 'cases.notice.handOn.transferredTo', { target }),
    ],
    body: `${body}\n${noteLine}`,
  });
};
