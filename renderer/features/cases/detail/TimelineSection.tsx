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
  const completed = caseRecord.status === 'completedInOneVisit';
  // A finished case's clock stopped at finishedAt, so `now` does not matter here.
  const view = promiseView(caseRecord, item, new Date(caseRecord.finishedAt ?? caseRecord.startedAt));
  const syncText =
    pending > 0
      ? t('cases.detail.pendingChanges')
      : caseRecord.version === 0
        ? t('cases.detail.pending')
        : t('cases.detail.synced', { version: caseRecord.version });
  return (
    <Section title={t('cases.detail.timeline')} id="case-timeline">
      <Facts
        rows={[
          [t('cases.detail.started'), format(caseRecord.startedAt, datePatterns[locale].fullDayTime)],
          // 办结 is one outcome: a case that ended otherwise (需补正, 转办…) has an end time, not a 办结时间.
          caseRecord.finishedAt !== null && [
            t(completed ? 'cases.detail.finished' : 'cases.detail.ended'),
            format(caseRecord.finishedAt, datePatterns[locale].fullDayTime),
          ],
          [t('cases.detail.elapsed'), formatDuration(t, view.elapsedMs)],
          [
            t('cases.detail.promised'),
            <Typography
              key="promise"
              component="span"
              sx={{ color: !completed ? 'text.primary' : view.overdue ? 'error.main' : 'success.dark' }}
            >
              {completed
                ? `${formatTimeLimit(t, item.promisedLimit)} · ${
                    view.overdue
                      ? t('cases.detail.overPromise', { over: formatDuration(t, -view.remainingMs) })
                      : t('cases.detail.withinPromise')
                  }`
                : formatTimeLimit(t, item.promisedLimit)}
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
