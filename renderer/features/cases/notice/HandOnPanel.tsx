import { useMemo } from 'react';
import type { Case } from '../../../../shared/domain/case';
import type { ServiceItem } from '../../../../shared/domain/serviceItem';
import { useI18n } from '../../../i18n/useI18n';
import { useCaseDesk } from '../data/useCaseDesk';
import { noticeNumberOf } from '../finish/outcomes';
import { buildHandOnReceipt, isHandedOn } from './buildHandOnReceipt';
import { PrintPreviewSection } from './PrintPreviewSection';

type Props = { caseRecord: Case; item: ServiceItem };

/** The 代收凭证 of a 已代收 case, or the 转办告知书 of a 已转办 one: where the case went, on paper. */
export const HandOnPanel = ({ caseRecord, item }: Props) => {
  const { t } = useI18n();
  const desk = useCaseDesk(caseRecord);
  const handedOn = isHandedOn(caseRecord);
  const document = useMemo(
    () => (desk && handedOn ? buildHandOnReceipt({ caseRecord, item, ...desk }) : null),
    [desk, handedOn, caseRecord, item],
  );
  if (!handedOn) return null;
  const title = t(
    caseRecord.status === 'collected'
      ? 'cases.notice.handOn.collectedTitle'
      : 'cases.notice.handOn.transferredTitle',
  );
  return (
    <PrintPreviewSection
      id="case-handon"
      title={title}
      caption={t('cases.handOn.number', { number: noticeNumberOf(caseRecord) })}
      previewTitle={t('cases.handOn.preview', { title })}
      document={document}
    />
  );
};
