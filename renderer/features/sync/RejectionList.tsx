import { useState } from 'react';
import { Alert, Box, Button, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/DbContext';
import { useDeskWriter } from '../../app/useDeskWriter';
import { useDateFormat } from '../../i18n/useDateFormat';
import { datePatterns } from '../../components/datePatterns';
import { ProblemMessage } from '../../components/ProblemMessage';
import { problem, type Problem } from '../../components/problem';
import { useI18n } from '../../i18n/useI18n';
import { dismissRejection, retryRejection } from '../../sync/rejections';
import { rejectionsOf } from '../../sync/stores';
import { refusalKey, tableKey } from './labels';
import { useRecordNames } from './useRecordNames';

/** Mutations the server refused, newest first, kept until the clerk dismisses or resubmits them. */
export const RejectionList = () => {
  const { t, locale } = useI18n();
  const db = useDb();
  const writer = useDeskWriter();
  const formatDate = useDateFormat();
  const rejections = useLiveQuery(() => rejectionsOf(db).reverse().sortBy('rejectedAt'), [db]) ?? [];
  const [retryError, setRetryError] = useState<Problem | null>(null);
  const names = useRecordNames(rejections);

  const retry = async (mutationId: string) => {
    setRetryError(null);
    if (!writer) return;
    try {
      await retryRejection(db, mutationId, writer, new Date());
    } catch (error) {
      setRetryError(problem(t('sync.panel.retryFailed'), error));
    }
  };

  return (
    <Box>
      <Typography variant="h3" sx={{ fontSize: '1rem', fontWeight: 600, mb: 1 }}>
        {t('sync.panel.rejectedTitle')}
      </Typography>
      {retryError && (
        <Alert severity="error">
          <ProblemMessage problem={retryError} />
        </Alert>
      )}
      {rejections.length === 0 ? (
        <Typography color="text.secondary">{t('sync.panel.rejectedEmpty')}</Typography>
      ) : (
        <List dense>
          {rejections.map((rejection) => {
            const table = tableKey(rejection.table);
            return (
              <ListItem
                key={rejection.mutationId}
                divider
                secondaryAction={
                  <Box sx={{ display: 'flex', gap: 1 }}>
                    <Button size="small" onClick={() => void retry(rejection.mutationId)}>
                      {t('sync.panel.retry')}
                    </Button>
                    <Button size="small" onClick={() => void dismissRejection(db, rejection.mutationId)}>
                      {t('sync.panel.dismiss')}
                    </Button>
                  </Box>
                }
              >
                <ListItemText
                  primary={`${t(table ?? 'sync.table.unknown')} · ${names.get(`${rejection.table}:${rejection.rowId}`) ?? t('sync.panel.record')} · ${t(refusalKey(rejection.reason, rejection.message))}`}
                  // The server words its message in English for IT; the reason above already says it.
                  secondary={`${t('sync.panel.rejectedAt', { time: formatDate(rejection.rejectedAt, datePatterns[locale].dayTime) })}${rejection.message && locale === 'en' ? ` · ${rejection.message}` : ''}`}
                  sx={{ pr: 22 }}
                />
              </ListItem>
            );
          })}
        </List>
      )}
    </Box>
  );
};
