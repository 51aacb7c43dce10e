import { ServerLookup } from '../sync/ServerLookup';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button, Paper } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import ReplayIcon from '@mui/icons-material/Replay';
import { ReturnVisitDialog } from './start/ReturnVisitDialog';
import { hallDayOf } from '../../../shared/time';
import { useDesk } from '../../app/useDesk';
import { useNow } from '../../app/useNow';
import { Page } from '../../components/Page';
import { PageState } from '../../components/PageState';
import { datePatterns } from '../../components/datePatterns';
import { useI18n } from '../../i18n/useI18n';
import { useDateFormat } from '../../i18n/useDateFormat';
import { useCaseDesk } from './data/useCaseDesk';
import { useTodayCases } from './data/useTodayCases';
import { filterTodayCases, type StatusFilter } from './model/todayFilter';
import { StartCaseDialog } from './start/StartCaseDialog';
import { CaseList } from './today/CaseList';
import { TodayToolbar } from './today/TodayToolbar';
import { WaitingCases } from './today/WaitingCases';
import { DeferredCases } from './deferral/DeferredCases';
import { isPlainKey } from './keys';
import type { Desk } from '../../../shared/domain/organization';

/** 今日办件: this hall's cases of the current hall day, newest first. */
export const TodayCasesPage = () => {
  const { t } = useI18n();
  const desk = useDesk();
  if (desk === undefined) return <PageState kind="loading" />;
  if (desk === null) return <PageState kind="empty" title={t('cases.today.noDesk')} />;
  return <TodayCases desk={desk} />;
};

const TodayCases = ({ desk }: { desk: Desk }) => {
  const { t, locale } = useI18n();
  const format = useDateFormat();
  const now = useNow(30_000);
  const day = hallDayOf(now);
  const rows = useTodayCases(day);
  const deskNames = useCaseDesk(desk);
  const [status, setStatus] = useState<StatusFilter>('all');
  const [query, setQuery] = useState('');
  const [searchParams, setSearchParams] = useSearchParams();
  const startItemId = searchParams.get('start');
  const [newCaseOpen, setNewCaseOpen] = useState(false);
  const [returnOpen, setReturnOpen] = useState(false);
  const dialogOpen = newCaseOpen || returnOpen || startItemId !== null;

  const cases = useMemo(
    () => filterTodayCases(rows ?? [], { hallId: desk.hallId, status, query }),
    [rows, desk.hallId, status, query],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (dialogOpen || !isPlainKey(event) || event.key.toLowerCase() !== 'n') return;
      event.preventDefault();
      setNewCaseOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [dialogOpen]);

  const closeDialog = () => {
    setNewCaseOpen(false);
    if (startItemId !== null) setSearchParams({}, { replace: true });
  };

  const hasAny = (rows ?? []).some((row) => row.hallId === desk.hallId && !row.deleted);
  return (
    <Page
      title={t('cases.today.title')}
      subtitle={`${t('cases.today.subtitle', {
        date: format(now, datePatterns[locale].longDay),
        hall: deskNames?.hall.name ?? '',
      })} · ${t('cases.today.count', { count: cases.length })}`}
      actions={
        <>
          <Button variant="outlined" startIcon={<ReplayIcon />} onClick={() => setReturnOpen(true)}>
            {t('cases.returnVisit.open')}
          </Button>
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setNewCaseOpen(true)}>
            {t('cases.today.new')}
          </Button>
        </>
      }
      fill
    >
      <WaitingCases hallId={desk.hallId} />
      <DeferredCases hallId={desk.hallId} today={day} />
      <TodayToolbar status={status} onStatus={setStatus} query={query} onQuery={setQuery} />
      <Paper sx={{ flex: 1, minHeight: 320, display: 'flex', flexDirection: 'column', overflow: 'hidden' }}>
        {rows === undefined ? (
          <PageState kind="loading" />
        ) : !hasAny ? (
          <>
            <PageState kind="empty" title={t('cases.today.emptyTitle')} hint={t('cases.today.emptyHint')} />
            <ServerLookup query={query} />
          </>
        ) : cases.length === 0 ? (
          <>
            <PageState
              kind="empty"
              title={t('cases.today.noMatchTitle')}
              hint={t('cases.today.noMatchHint')}
            />
            <ServerLookup query={query} />
          </>
        ) : (
          <CaseList cases={cases} now={now} />
        )}
      </Paper>
      {returnOpen && <ReturnVisitDialog desk={desk} onClose={() => setReturnOpen(false)} />}
      {(newCaseOpen || startItemId !== null) && (
        <StartCaseDialog
          key={startItemId ?? 'new'}
          desk={desk}
          initialItemId={startItemId}
          onClose={closeDialog}
        />
      )}
    </Page>
  );
};
