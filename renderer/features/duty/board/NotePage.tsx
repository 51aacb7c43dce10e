import { Box, Button, Chip, List, ListItem, ListItemText, Typography } from '@mui/material';
import { Link as RouterLink, useParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../../app/DbContext';
import { useNow } from '../../../app/useNow';
import { Page } from '../../../components/Page';
import { PageState } from '../../../components/PageState';
import { Section } from '../../../components/Section';
import { datePatterns } from '../../../components/datePatterns';
import { useDateFormat } from '../../../i18n/useDateFormat';
import { useI18n } from '../../../i18n/useI18n';
import { compareUpdates, deriveNoteState, isOverdue } from '../../../../shared/duty/noteState';
import type { BottleneckUpdate } from '../../../../shared/duty/bottleneck';
import { casePath } from '../../../app/navigation';
import { bottleneckIdSchema } from '../../../../shared/ids';
import { useDutyActor } from '../data/useDutyActor';
import { boardPath } from './notePath';
import { entryPath } from '../../certificates/paths';
import { certificateEntryIdSchema } from '../../../../shared/certificates/model';
import { UpdateForm } from './UpdateForm';

/** One note: what was seen, where it stands (derived), its timeline of updates, and a form to add one. */
export const NotePage = () => {
  const { t, locale } = useI18n();
  const db = useDb();
  const formatDate = useDateFormat();
  const now = useNow(60_000);
  const actor = useDutyActor();
  const { noteId = '' } = useParams();
  const data = useLiveQuery(async () => {
    // An id from the address bar is checked at the edge: an impossible one is simply not found.
    const id = bottleneckIdSchema.safeParse(noteId);
    if (!id.success) return { note: undefined, updates: [], certificate: undefined };
    const note = await db.bottlenecks.get(id.data);
    return {
      note,
      updates: await db.bottleneckUpdates.where('noteId').equals(id.data).toArray(),
      // The 证明事项 it concerns, by name when this desk holds the entry.
      certificate: note?.certificateEntryId
        ? await db.certificateEntries.get(certificateEntryIdSchema.parse(note.certificateEntryId))
        : undefined,
    };
  }, [db, noteId]);
  const back = (
    <Button component={RouterLink} to={boardPath}>
      {t('duty.note.back')}
    </Button>
  );
  if (!data || !actor) return <PageState kind="loading" />;
  const { note } = data;
  if (!note || note.deleted) return <PageState kind="empty" title={t('duty.note.notFound')} action={back} />;
  const updates = data.updates.filter((update) => !update.deleted).sort(compareUpdates);
  const state = deriveNoteState(note, updates);
  const overdue = isOverdue(state, now);
  const ignored = new Set(state.ignoredUpdateIds);
  const when = (instant: string) => formatDate(instant, datePatterns[locale].dayTime);
  const entry = (update: BottleneckUpdate) => {
    const name = update.authorName;
    switch (update.kind) {
      case 'comment':
        return t('duty.note.entry.comment', { name, text: update.text });
      case 'status':
        return t('duty.note.entry.status', {
          name,
          status: update.status ? t(`duty.status.${update.status}`) : '',
          text: update.text ? `：${update.text}` : '',
        });
      case 'assign':
        return t('duty.note.entry.assign', { name, owner: update.ownerName ?? '' });
      case 'deadline':
        return t('duty.note.entry.deadline', { name, day: update.deadline ?? '' });
    }
  };

  return (
    <Page
      before={<Box>{back}</Box>}
      title={note.description}
      subtitle={
        <Box component="span" sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <Chip size="small" label={t(`duty.status.${state.status}`)} />
          {overdue && <Chip size="small" color="error" label={t('duty.overdue')} />}
          <span>
            {[
              t(`duty.category.${note.category}`),
              t(`duty.severity.${note.severity}`),
              note.itemName || null,
              t('duty.board.affected', { count: note.applicantsAffected }),
              t('duty.note.raised', { name: note.raisedByName, time: when(note.raisedAt) }),
              state.ownerName ? t('duty.board.owner', { name: state.ownerName }) : t('duty.board.noOwner'),
              state.deadline ? t('duty.board.deadline', { day: state.deadline }) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
          {note.certificateEntryId && (
            <Button size="small" component={RouterLink} to={entryPath(note.certificateEntryId)}>
              {t('duty.note.certificate', { name: data.certificate?.name ?? note.certificateEntryId })}
            </Button>
          )}
          {note.caseId && (
            <Button size="small" component={RouterLink} to={casePath(note.caseId)}>
              {t('duty.note.case')}
            </Button>
          )}
        </Box>
      }
    >
      <Section id="note-timeline" title={t('duty.note.timeline')} flush>
        {updates.length === 0 ? (
          <Typography sx={{ color: 'text.secondary', px: 2.5, py: 1.5 }}>
            {t('duty.note.noUpdates')}
          </Typography>
        ) : (
          <List dense aria-label={t('duty.note.timeline')}>
            {updates.map((update) => (
              <ListItem key={update.id} divider>
                <ListItemText
                  primary={`${entry(update)}${ignored.has(update.id) ? ` ${t('duty.note.entry.ignored')}` : ''}`}
                  secondary={when(update.at)}
                />
              </ListItem>
            ))}
          </List>
        )}
      </Section>
      <Section id="note-update" title={t('duty.note.add')}>
        <UpdateForm actor={actor} note={note} state={state} />
      </Section>
    </Page>
  );
};
