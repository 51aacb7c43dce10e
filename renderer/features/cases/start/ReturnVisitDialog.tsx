import { staffWriterOf, useDeskWriter } from '../../../app/useDeskWriter';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import type { Case } from '../../../../shared/domain/case';
import type { Desk } from '../../../../shared/domain/organization';
import { matchesReturningApplicant, startReturnVisit } from '../../../../shared/domain/returnVisit';
import { hallDayOf } from '../../../../shared/time';
import { useDb } from '../../../app/DbContext';
import { ProblemMessage } from '../../../components/ProblemMessage';
import { problem, type Problem } from '../../../components/problem';
import { useI18n } from '../../../i18n/useI18n';
import { caseErrorMessage, saveErrorMessage } from '../model/caseErrors';
import { saveCasePatch } from '../data/caseWrites';

/**
 * 补正续办: the applicant is back with the 一次性告知书. The clerk types its number (or the ID number, or
 * the name); the 需补正 case of this department continues on this desk as a return visit, with what was
 * received the first time. Cases awaiting a return are on every desk of the department (sync scope).
 */
export const ReturnVisitDialog = ({ desk, onClose }: { desk: Desk; onClose: () => void }) => {
  const { t } = useI18n();
  const db = useDb();
  const deskWriter = useDeskWriter();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [failure, setFailure] = useState<Problem | null>(null);
  const waiting = useLiveQuery(
    () =>
      db.cases
        .where('status')
        .equals('needsSupplement')
        .filter((row) => !row.deleted && row.departmentId === desk.departmentId)
        .toArray(),
    [db, desk.departmentId],
  );
  const found = (waiting ?? []).filter((row) => matchesReturningApplicant(row, query));

  const continueCase = async (caseId: Case['id']) => {
    setFailure(null);
    const fresh = await db.cases.get(caseId);
    const item = fresh && (await db.items.get(fresh.itemId));
    if (!fresh || !item) {
      setFailure(problem(t('cases.notFound')));
      return;
    }
    const now = new Date();
    const patch = startReturnVisit(fresh, item, desk, now);
    if (!patch.ok) {
      setFailure(problem(caseErrorMessage(t, patch.error, item)));
      return;
    }
    try {
      await saveCasePatch(db, fresh.id, patch.value, deskWriter ?? staffWriterOf(desk), now);
      void navigate(`/cases/${fresh.id}`);
    } catch (error) {
      setFailure(saveErrorMessage(t, error));
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="return-visit-title">
      <DialogTitle id="return-visit-title">{t('cases.returnVisit.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            label={t('cases.returnVisit.search')}
            helperText={t('cases.returnVisit.searchHint')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            autoFocus
            autoComplete="off"
            onKeyDown={(event) => {
              if (event.key === 'Enter' && found.length === 1 && found[0]) {
                event.preventDefault();
                void continueCase(found[0].id);
              }
            }}
          />
          {failure && (
            <Alert severity="error">
              <ProblemMessage problem={failure} />
            </Alert>
          )}
          {query.trim() !== '' &&
            (found.length === 0 ? (
              <Typography role="status" sx={{ color: 'text.secondary' }}>
                {t('cases.returnVisit.none')}
              </Typography>
            ) : (
              <List aria-label={t('cases.returnVisit.results')} dense>
                {found.map((row) => (
                  <ListItem
                    key={row.id}
                    divider
                    secondaryAction={
                      <Button
                        variant="contained"
                        size="small"
                        aria-label={t('cases.returnVisit.continueFor', {
                          applicant: row.applicantName,
                          item: row.itemName,
                        })}
                        onClick={() => void continueCase(row.id)}
                      >
                        {t('cases.returnVisit.continue')}
                      </Button>
                    }
                  >
                    <ListItemText
                      primary={t('cases.returnVisit.row', {
                        applicant: row.applicantName,
                        item: row.itemName,
                        number: row.supplementNotice?.number ?? '',
                        date: hallDayOf(row.finishedAt ?? row.startedAt),
                      })}
                    />
                  </ListItem>
                ))}
              </List>
            ))}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
      </DialogActions>
    </Dialog>
  );
};
