import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Checkbox, FormControlLabel, FormGroup, FormLabel } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../../app/DbContext';
import { SelectField } from '../../../components/SelectField';
import { useI18n } from '../../../i18n/useI18n';
import { periodAt, shiftPeriodSchema, type ShiftPeriod } from '../../../../shared/duty/shift';
import { openShift } from '../data/dutyWrites';
import type { DutyActor } from '../data/useDutyActor';
import { dutyErrorText } from '../model/dutyErrorText';

/** 开班: the period (preset from the hall's clock) and who is on duty (the department's clerks). */
export const OpenShiftForm = ({ actor }: { actor: DutyActor }) => {
  const { t } = useI18n();
  const db = useDb();
  const colleagues = useLiveQuery(
    async () =>
      (await db.staff.where('departmentId').equals(actor.desk.departmentId).toArray()).filter(
        (person) => person.id !== actor.desk.staffId,
      ),
    [db, actor.desk.departmentId, actor.desk.staffId],
  );
  const [period, setPeriod] = useState<ShiftPeriod>(() => periodAt((new Date().getUTCHours() + 8) % 24));
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setProblem(null);
    try {
      const onDuty = (colleagues ?? [])
        .filter((person) => !unticked.has(person.id))
        .map((person) => ({ id: person.id, name: person.name }));
      await openShift(db, actor, period, onDuty, new Date());
    } catch (error) {
      setProblem(dutyErrorText(t, error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Box
      component="form"
      onSubmit={(event) => void submit(event)}
      sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, maxWidth: 560 }}
    >
      {problem && (
        <Alert severity="error" role="alert">
          {problem}
        </Alert>
      )}
      <SelectField
        id="shift-period"
        label={t('duty.shift.period')}
        value={period}
        placeholder={t('duty.shift.period')}
        options={shiftPeriodSchema.options.map((value) => ({ value, label: t(`duty.period.${value}`) }))}
        onChange={(value) => value && setPeriod(value as ShiftPeriod)}
      />
      <FormGroup>
        <FormLabel component="legend">{t('duty.shift.onDuty')}</FormLabel>
        <Box sx={{ display: 'flex', flexWrap: 'wrap' }}>
          {(colleagues ?? []).map((person) => (
            <FormControlLabel
              key={person.id}
              label={person.name}
              control={
                <Checkbox
                  checked={!unticked.has(person.id)}
                  onChange={(event) => {
                    const next = new Set(unticked);
                    if (event.target.checked) next.delete(person.id);
                    else next.add(person.id);
                    setUnticked(next);
                  }}
                />
              }
            />
          ))}
        </Box>
      </FormGroup>
      <Box>
        <Button type="submit" variant="contained" disabled={saving}>
          {t('duty.shift.open')}
        </Button>
      </Box>
    </Box>
  );
};
