import type { Case } from '../../../../shared/domain/case';
import { formatTimeLimit } from '../../../components/timeLimit';
import type { ServiceItem } from '../../../../shared/domain/serviceItem';
import { Typography } from '@mui/material';
import { Section } from '../../../components/Section';
import { datePatterns } from '../../../components/datePatterns';
import { useI18n } from '../../../i18n/useI18n';
import { useDateFormat } from '../../../i18n/useDateFormat';
import { usePendingChanges } from '../data/useCaseRecord';
import { formatDuration } from '../model/duration';
import { promiseView } from '../model/promise';
import { Facts } from '../../../components/Facts';

/** 办理时间 and 同步状态: started, finished, elapsed against the promise, and whether the server has it. */
export const TimelineSection = ({ caseRecord, item }: { caseRecord: Case; item: ServiceItem }) => {
  const { t, locale } = useI18n();
  const format = useDateFormat();
  const pending = usePendingChanges(caseRecord.id) ?? 0;
  // A finished case's clock stopped at finishedAt, so `now` does not matter here.
  const view = promiseView(caseRecord, item, new Date(caseRecord.finishedAt ?? caseRecord.startedAt));
  const syncText =
    pending > 0
      ? t('cases.detail.pendingChanges', { count: pending })
      : caseRecord.version === 0
        ? t('cases.detail.pending')
        : t('cases.detail.synced', { version: caseRecord.version });
  return (
    <Section title={t('cases.detail.timeline')} id="case-timeline">
      <Facts
        rows={[
          [t('cases.detail.started'), format(caseRecord.startedAt, datePatterns[locale].fullDayTime)],
          caseRecord.finishedAt !== null && [
            t('cases.detail.finished'),
            format(caseRecord.finishedAt, datePatterns[locale].fullDayTime),
          ],
          [t('cases.detail.elapsed'), formatDuration(t, view.elapsedMs)],
          [
            t('cases.detail.promised'),
            <Typography
              key="promise"
              component="span"
              sx={{ color: view.overdue ? 'error.main' : 'success.dark' }}
            >
              {`${formatTimeLimit(t, item.promisedLimit)} · ${
                view.overdue
                  ? t('cases.detail.overPromise', { over: formatDuration(t, -view.remainingMs) })
                  : t('cases.detail.withinPromise')
              }`}
            </Typography>,
          ],
          [
            t('cases.detail.sync'),
            <Typography
              key="sync"
              component="span"
              sx={{ color: pending > 0 || caseRecord.version === 0 ? 'warning.dark' : 'success.dark' }}
            >
              {syncText}
            </Typography>,
          ],
          [
            '',
            t('cases.detail.updated', {
              time: format(caseRecord.updatedAt, datePatterns[locale].fullDayTime),
            }),
          ],
        ]}
      />
    </Section>
  );
};
