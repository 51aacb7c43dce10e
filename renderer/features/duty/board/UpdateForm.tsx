import { useState } from 'react';
import { Box, Button, TextField } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../../app/DbContext';
import { SelectField } from '../../../components/SelectField';
import { useI18n } from '../../../i18n/useI18n';
import type { Bottleneck, BottleneckStatus } from '../../../../shared/duty/bottleneck';
import { canMoveTo, type NoteState } from '../../../../shared/duty/noteState';
import { staffIdSchema } from '../../../../shared/ids';
import { isoDaySchema } from '../../../../shared/time';
import { addNoteUpdate } from '../data/dutyWrites';
import type { DutyActor } from '../data/useDutyActor';
import { DutyForm, DutyProblem } from '../form/DutyForm';
import { useDutySave } from '../form/useDutySave';

type Choice = 'comment' | 'inProgress' | 'assign' | 'deadline' | 'resolved' | 'escalated' | 'reopen';
const statusOf: Partial<Record<Choice, BottleneckStatus>> = {
  inProgress: 'inProgress',
  resolved: 'resolved',
  escalated: 'escalated',
  reopen: 'inProgress',
};

/** What this person may add now: anyone comments or starts work; a leader assigns, sets deadlines, closes. */
const choicesFor = (state: NoteState, isLeader: boolean): Choice[] => {
  const choices: Choice[] = ['comment'];
  if (state.status !== 'resolved' && canMoveTo(state.status, 'inProgress')) choices.push('inProgress');
  if (!isLeader) return choices;
  choices.push('assign', 'deadline');
  if (canMoveTo(state.status, 'resolved')) choices.push('resolved');
  if (canMoveTo(state.status, 'escalated')) choices.push('escalated');
  if (state.status === 'resolved') choices.push('reopen');
  return choices;
};

/** One append-only update; a refused one (e.g. 办结 without a resolution) says why and saves nothing. */
export const UpdateForm = ({
  actor,
  note,
  state,
}: {
  actor: DutyActor;
  note: Bottleneck;
  state: NoteState;
}) => {
  const { t } = useI18n();
  const db = useDb();
  const colleagues = useLiveQuery(
    () => db.staff.where('departmentId').equals(actor.desk.departmentId).toArray(),
    [db, actor.desk.departmentId],
  );
  const [choice, setChoice] = useState<Choice>('comment');
  const [text, setText] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [deadline, setDeadline] = useState('');
  const choices = choicesFor(state, actor.isLeader);
  const closing = choice === 'resolved' || choice === 'escalated';

  const { save, saving, problem } = useDutySave(async () => {
    const status = statusOf[choice];
    if (status && !canMoveTo(state.status, status)) return t('rule.statusNotAllowed');
    const owner = colleagues?.find((person) => person.id === ownerId);
    if (choice === 'assign' && !owner) return t('rule.ownerRequired');
    const day = isoDaySchema.safeParse(deadline);
    if (choice === 'deadline' && !day.success) return t('rule.deadlineRequired');
    await addNoteUpdate(
      db,
      actor,
      {
        noteId: note.id,
        kind: status
          ? 'status'
          : choice === 'assign'
            ? 'assign'
            : choice === 'deadline'
              ? 'deadline'
              : 'comment',
        text,
        ...(status ? { status } : {}),
        ...(owner ? { owner: { id: staffIdSchema.parse(owner.id), name: owner.name } } : {}),
        ...(choice === 'deadline' && day.success ? { deadline: day.data } : {}),
      },
      new Date(),
    );
    setText('');
    setChoice('comment');
    return undefined;
  });

  return (
    <DutyForm onSave={save} sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <DutyProblem problem={problem} />
      <SelectField
        id="update-kind"
        label={t('duty.note.kind')}
        value={choice}
        placeholder={t('duty.note.kind')}
        options={choices.map((value) => ({ value, label: t(`duty.note.kind.${value}`) }))}
        onChange={(value) => value && setChoice(value as Choice)}
      />
      {choice === 'assign' && (
        <SelectField
          id="update-owner"
          label={t('duty.note.owner')}
          value={ownerId}
          placeholder={t('duty.note.owner')}
          options={(colleagues ?? []).map((person) => ({ value: person.id, label: person.name }))}
          onChange={setOwnerId}
        />
      )}
      {choice === 'deadline' && (
        <TextField
          id="update-deadline"
          label={t('duty.note.deadline')}
          type="date"
          value={deadline}
          onChange={(event) => setDeadline(event.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      )}
      <TextField
        id="update-text"
        label={closing ? t('duty.note.resolution') : t('duty.note.text')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        multiline
        minRows={2}
        required={closing || choice === 'comment'}
        slotProps={{ htmlInput: { maxLength: 1000 } }}
      />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <Button type="submit" variant="contained" disabled={saving}>
          {t('duty.note.add')}
        </Button>
        <Box component="span" sx={{ color: 'text.secondary' }}>
          {t('duty.note.addHint')}
        </Box>
      </Box>
    </DutyForm>
  );
};
