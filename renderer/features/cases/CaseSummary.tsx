import { Box, Typography } from '@mui/material';
import type { Case } from '../../../shared/domain/case';
import { maskIdNumber } from '../../../shared/domain/idNumber';
import { datePatterns } from '../../components/datePatterns';
import { useI18n } from '../../i18n/useI18n';
import { useDateFormat } from '../../i18n/useDateFormat';
import { StatusChip } from './StatusChip';

/** The line under a case's title: status, applicant, masked ID number, when it started. */
export const CaseSummary = ({ caseRecord }: { caseRecord: Case }) => {
  const { t, locale } = useI18n();
  const format = useDateFormat();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mt: 0.5 }}>
      <StatusChip status={caseRecord.status} visits={caseRecord.visits} size="medium" />
      <Typography sx={{ fontWeight: 600, color: 'text.primary' }}>
        {t('cases.header.applicant', { name: caseRecord.applicantName })}
      </Typography>
      <Typography sx={{ fontVariantNumeric: 'tabular-nums' }}>
        {caseRecord.applicantIdNumber
          ? t('cases.header.idNumber', { id: maskIdNumber(caseRecord.applicantIdNumber) })
          : t('cases.header.noIdNumber')}
      </Typography>
      <Typography>
        {t('cases.header.startedAt', { time: format(caseRecord.startedAt, datePatterns[locale].dayTime) })}
      </Typography>
    </Box>
  );
};
