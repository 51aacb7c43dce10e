import { useState } from 'react';
import { Alert, Box, Button, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useDb } from '../../../app/DbContext';
import { datePatterns } from '../../../components/datePatterns';
import { useDateFormat } from '../../../i18n/useDateFormat';
import { useI18n } from '../../../i18n/useI18n';
import type { Shift } from '../../../../shared/duty/shift';
import { acknowledgeShift } from '../data/dutyWrites';
import type { DutyActor } from '../data/useDutyActor';
import { dutyErrorText } from '../model/dutyErrorText';

/** Handovers of this hall waiting for a leader: the note in full and one button to acknowledge it. */
export const PendingHandovers = ({ actor, shifts }: { actor: DutyActor; shifts: readonly Shift[] }) => {
  const { t, locale } = useI18n();
  const db = useDb();
  const formatDate = useDateFormat();
  const [problem, setProblem] = useState<string | null>(null);
  if (shifts.length === 0)
    return (
      <Typography sx={{ color: 'text.secondary', px: 2.5, py: 1.5 }}>{t('duty.shift.noPending')}</Typography>
    );
  const acknowledge = async (shift: Shift) => {
    setProblem(null);
    try {
      await acknowledgeShift(db, actor, shift, new Date());
    } catch (error) {
      setProblem(dutyErrorText(t, error));
    }
  };
  return (
    <Box>
      {problem && (
        <Alert severity="error" role="alert" sx={{ m: 1 }}>
          {problem}
        </Alert>
      )}
      <List aria-label={t('duty.shift.pending')}>
        {shifts.map((shift) => (
          <ListItem
            key={shift.id}
            divider
            secondaryAction={
              <Button variant="contained" onClick={() => void acknowledge(shift)}>
                {t('duty.shift.acknowledge')}
              </Button>
            }
          >
            <ListItemText
              sx={{ pr: 16 }}
              primary={t('duty.shift.pendingItem', {
                day: shift.day,
                period: t(`duty.period.${shift.period}`),
                leader: shift.dutyLeaderName,
                time: formatDate(shift.closedAt ?? shift.openedAt, datePatterns[locale].dayTime),
              })}
              secondary={
                <Box component="span" sx={{ whiteSpace: 'pre-wrap' }}>
                  {shift.handoverNote}
                </Box>
              }
            />
          </ListItem>
        ))}
      </List>
    </Box>
  );
};
