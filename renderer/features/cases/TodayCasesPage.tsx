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
import { filterTodayCases, type StatusFilter, type TodayScope } from './model/todayFilter';
import { useListNames } from './today/useListNames';
import { StartCaseDialog } from './start/StartCaseDialog';
import { CaseList } from './today/CaseList';
import { TodayToolbar } from './today/TodayToolbar';
import { WaitingCases } from './today/WaitingCases';
import { DeferredCases } from './deferral/DeferredCases';
import { isPlainKey } from './keys';
import type { Desk } from '../../../shared/domain/organization';

/**
 * 今日办件: the current hall day's cases, newest first — this window's by default (as the home figures
 * count them), the whole hall's at a click; the scope is in the address (?scope=hall), so a reload or a
 * link keeps it.
 */
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
  const scope: TodayScope = searchParams.get('scope') === 'hall' ? 'hall' : 'window';
  const names = useListNames(desk.hallId);
  const setScope = (next: TodayScope) =>
    setSearchParams(
      (params) => {
        const updated = new URLSearchParams(params);
        if (next === 'hall') updated.set('scope', 'hall');
        else updated.delete('scope');
        return updated;
      },
      { replace: true },
    );
  const [newCaseOpen, setNewCaseOpen] = useState(false);
  const [returnOpen, setReturnOpen] = useState(false);
  const dialogOpen = newCaseOpen || returnOpen || startItemId !== null;

  const cases = useMemo(
    () =>
      filterTodayCases(rows ?? [], {
        scope,
        hallId: desk.hallId,
        windowId: desk.windowId,
        day,
        status,
        query,
      }),
    [rows, scope, desk.hallId, desk.windowId, day, status, query],
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
    if (startItemId !== null)
      setSearchParams(
        (params) => {
          const updated = new URLSearchParams(params);
          updated.delete('start');
          return updated;
        },
        { replace: true },
      );
  };

  const inScopeAtAll = filterTodayCases(rows ?? [], {
    scope,
    hallId: desk.hallId,
    windowId: desk.windowId,
    day,
    status: 'all',
    query: '',
  });
  const hasAny = inScopeAtAll.length > 0;
  const windowNumber = deskNames?.windowNumber;
  return (
    <Page
      title={t('cases.today.title')}
      subtitle={[
        t('cases.today.subtitle', {
          date: format(now, datePatterns[locale].longDay),
          hall: deskNames?.hall.name ?? '',
        }),
        scope === 'window' && windowNumber != null ? t('shell.windowNumber', { number: windowNumber }) : null,
        t('cases.today.count', { count: cases.length }),
      ]
        .filter(Boolean)
        .join(' · ')}
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
      <TodayToolbar
        scope={scope}
        onScope={setScope}
        status={status}
        onStatus={setStatus}
        query={query}
        onQuery={setQuery}
      />
      <Paper sx={{ flex: 1, minHeight: 320, display: 'flex', flexDirection: 'column', overflow: 'hidden' }}>
        {rows === undefined ? (
          <PageState kind="loading" />
        ) : !hasAny ? (
          <>
            <PageState
              kind="empty"
              title={t('cases.today.emptyTitle')}
              hint={t(scope === 'window' ? 'cases.today.emptyWindowHint' : 'cases.today.emptyHint')}
            />
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
          <CaseList cases={cases} now={now} day={day} names={names} />
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
