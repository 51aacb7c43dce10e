import { useMemo, useState } from 'react';
import { Box, Button, Paper, Typography } from '@mui/material';
import { Page } from '../../../components/Page';
import { PageState } from '../../../components/PageState';
import { Section } from '../../../components/Section';
import { datePatterns } from '../../../components/datePatterns';
import { KeyHint } from '../../../components/KeyHint';
import { useDateFormat } from '../../../i18n/useDateFormat';
import { useI18n } from '../../../i18n/useI18n';
import { useHallDay } from '../../home/useHallDay';
import { useBoardRows } from '../data/useBoardRows';
import { useDutyActor } from '../data/useDutyActor';
import { useCapture } from '../capture/captureContext';
import { NoteList } from '../board/NoteList';
import { CloseShiftDialog } from './CloseShiftDialog';
import { OpenShiftForm } from './OpenShiftForm';
import { PendingHandovers } from './PendingHandovers';
import { useShiftDesk } from './useShiftDesk';

const Count = ({ label, value, alert = false }: { label: string; value: number; alert?: boolean }) => (
  <Paper
    variant="outlined"
    sx={{ px: 2, py: 1.5, minWidth: 140, borderColor: alert && value > 0 ? 'error.main' : undefined }}
  >
    <Typography variant="body2" sx={{ color: 'text.secondary' }}>
      {label}
    </Typography>
    <Typography
      sx={{ fontSize: '1.6rem', fontWeight: 700, color: alert && value > 0 ? 'error.main' : undefined }}
    >
      {value}
    </Typography>
  </Paper>
);

/**
 * 今日我带班: the hall's day at a glance, open or close the shift with a handover, acknowledge the
 * previous leader's handover, and the unresolved notes carried over from earlier shifts.
 */
export const ShiftPage = () => {
  const { t, locale } = useI18n();
  const formatDate = useDateFormat();
  const { day } = useHallDay();
  const actor = useDutyActor();
  const desk = useShiftDesk(actor?.desk.hallId, day);
  const rows = useBoardRows();
  const capture = useCapture();
  const [closing, setClosing] = useState(false);

  const hallId = actor?.desk.hallId;
  const hallRows = useMemo(() => (rows ?? []).filter((row) => row.note.hallId === hallId), [rows, hallId]);
  if (!actor || !desk || !rows) return <PageState kind="loading" />;
  if (!actor.isLeader) return <PageState kind="empty" title={t('duty.shift.leaderOnly')} />;

  const { open } = desk;
  const unresolved = hallRows.filter((row) => row.state.status !== 'resolved');
  const thisShift = open ? hallRows.filter((row) => row.note.raisedAt >= open.openedAt) : [];
  // Carried over: still unresolved and raised before this shift; between shifts, every unresolved note
  // waits for the next leader.
  const carried = open ? unresolved.filter((row) => row.note.raisedAt < open.openedAt) : unresolved;
  const pending = desk.pending.filter((shift) => shift.id !== open?.id);
  const lastClosed = desk.today.find((shift) => shift.status === 'closed');

  return (
    <Page
      title={t('duty.shift.title')}
      subtitle={t('duty.shift.subtitle', {
        date: formatDate(new Date(), datePatterns[locale].longDay),
        hall: actor.hallName,
      })}
      actions={
        <>
          <Button
            variant="outlined"
            color="warning"
            onClick={() => capture.open(null)}
            aria-keyshortcuts="F8"
          >
            <Box component="span" sx={{ mr: 1 }}>
              {t('duty.capture.open')}
            </Box>
            <KeyHint keys="F8" />
          </Button>
          {open && (
            <Button variant="contained" onClick={() => setClosing(true)}>
              {t('duty.shift.close')}
            </Button>
          )}
        </>
      }
    >
      <Section id="duty-glance" title={t('duty.shift.glance')}>
        {open ? (
          <Typography sx={{ mb: 1.5 }}>
            {t('duty.shift.opened', {
              period: t(`duty.period.${open.period}`),
              leader: open.dutyLeaderName,
              time: formatDate(open.openedAt, datePatterns[locale].dayTime),
            })}
            {open.staffOnDuty.length > 0 &&
              ` · ${t('duty.shift.onDutyList', { names: open.staffOnDuty.map((p) => p.name).join('、') })}`}
          </Typography>
        ) : (
          <Typography sx={{ mb: 1.5 }}>
            {lastClosed
              ? t('duty.shift.closed', {
                  time: formatDate(lastClosed.closedAt ?? '', datePatterns[locale].dayTime),
                })
              : t('duty.shift.none')}
          </Typography>
        )}
        <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', mb: open ? 0 : 2 }}>
          <Count label={t('duty.shift.cases')} value={desk.cases} />
          <Count label={t('duty.shift.oneVisit')} value={desk.completedInOneVisit} />
          <Count label={t('duty.shift.openNotes')} value={unresolved.length} />
          <Count
            label={t('duty.shift.overdueNotes')}
            value={unresolved.filter((row) => row.overdue).length}
            alert
          />
        </Box>
        {!open && <OpenShiftForm actor={actor} />}
      </Section>
      <Section id="duty-pending" title={t('duty.shift.pending')} flush>
        <PendingHandovers actor={actor} shifts={pending} />
      </Section>
      {open && (
        <Section id="duty-this-shift" title={t('duty.shift.today')} flush>
          <NoteList rows={thisShift} empty={t('duty.shift.noToday')} label={t('duty.shift.today')} />
        </Section>
      )}
      <Section id="duty-carried" title={t('duty.shift.carried')} flush>
        <Typography variant="body2" sx={{ color: 'text.secondary', px: 2.5, pt: 1 }}>
          {t('duty.shift.carriedHint')}
        </Typography>
        <NoteList rows={carried} empty={t('duty.shift.noCarried')} label={t('duty.shift.carried')} />
      </Section>
      {open && (
        <CloseShiftDialog
          key={open.id}
          open={closing}
          actor={actor}
          shift={open}
          onClose={() => setClosing(false)}
        />
      )}
    </Page>
  );
};
