import { useMemo } from 'react';
import type { Case } from '../../../../shared/domain/case';
import type { ServiceItem } from '../../../../shared/domain/serviceItem';
import { useI18n } from '../../../i18n/useI18n';
import { useCaseDesk } from '../data/useCaseDesk';
import { buildSupplementNotice } from './buildSupplementNotice';
import { PrintPreviewSection } from './PrintPreviewSection';

type Props = { caseRecord: Case; item: ServiceItem };

/** The one-time notice of a 需补正材料 case, to preview, print or save as PDF. */
export const NoticePanel = ({ caseRecord, item }: Props) => {
  const { t } = useI18n();
  const desk = useCaseDesk(caseRecord);
  const notice = caseRecord.supplementNotice;
  const document = useMemo(
    () => (desk && notice ? buildSupplementNotice({ caseRecord, item, ...desk }) : null),
    [desk, notice, caseRecord, item],
  );
  if (!notice) return null;
  return (
    <PrintPreviewSection
      id="case-notice"
      title={t('cases.detail.notice')}
      caption={t('cases.detail.noticeNumber', { number: notice.number })}
      previewTitle={t('cases.detail.noticePreview')}
      document={document}
    />
  );
};
