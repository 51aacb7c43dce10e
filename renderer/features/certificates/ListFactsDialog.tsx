import { useState, type FormEvent } from 'react';
import { Alert, Dialog, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import {
  checkListFacts,
  type ListFactsInput,
  type ListFactsProblem,
} from '../../../shared/certificates/listFacts';
import type { CertificateList } from '../../../shared/certificates/model';
import { FormDialogActions } from '../../components/FormDialogActions';
import { ProblemMessage } from '../../components/ProblemMessage';
import { problem, type Problem } from '../../components/problem';
import { useDb } from '../../app/DbContext';
import { useI18n } from '../../i18n/useI18n';
import { saveListFacts } from './data/listWrites';

type Props = { list: CertificateList; by: string; onClose: (saved: boolean) => void };

/** 名称, 文号 and 施行日期 of a draft, each field with its own Chinese message; Enter saves. */
export const ListFactsDialog = ({ list, by, onClose }: Props) => {
  const { t } = useI18n();
  const db = useDb();
  const [input, setInput] = useState<ListFactsInput>({
    title: list.title,
    documentNumber: list.documentNumber,
    effectiveDate: list.effectiveDate ?? '',
  });
  const [problems, setProblems] = useState<ListFactsProblem[]>([]);
  const [failure, setFailure] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);

  const messageFor = (field: ListFactsProblem['field']) => {
    const found = problems.find((candidate) => candidate.field === field);
    if (!found) return undefined;
    return t(`certificates.facts.${found.code}`, 'year' in found ? { year: found.year } : undefined);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const checked = checkListFacts(input);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setSaving(true);
    try {
      await saveListFacts(db, list, checked.facts, { by, now: new Date() });
      onClose(true);
    } catch (error) {
      setFailure(problem(t('certificates.facts.saveFailed'), error));
      setSaving(false);
    }
  };

  const field = (name: keyof ListFactsInput, label: string, hint?: string, placeholder?: string) => {
    const error = messageFor(name);
    return (
      <TextField
        id={`list-facts-${name}`}
        label={label}
        value={input[name]}
        onChange={(event) => {
          setInput((current) => ({ ...current, [name]: event.target.value }));
          setProblems((current) => current.filter((candidate) => candidate.field !== name));
        }}
        error={error !== undefined}
        helperText={error ?? hint}
        placeholder={placeholder}
        autoFocus={name === 'title'}
        fullWidth
      />
    );
  };

  return (
    <Dialog open onClose={() => onClose(false)} aria-labelledby="list-facts-title" maxWidth="sm" fullWidth>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle id="list-facts-title">
          {t('certificates.facts.editTitle', { number: list.versionNumber })}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {field('title', t('certificates.facts.title'))}
            {field('documentNumber', t('certificates.facts.document'), t('certificates.facts.documentHint'))}
            {field(
              'effectiveDate',
              t('certificates.facts.effective'),
              t('certificates.facts.effectiveHint'),
              '2026-12-01',
            )}
            {failure && (
              <Alert severity="error" role="alert">
                <ProblemMessage problem={failure} />
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <FormDialogActions
          hint={t('certificates.facts.keys')}
          cancelLabel={t('common.cancel')}
          submitLabel={t('certificates.facts.save')}
          saving={saving}
          onCancel={() => onClose(false)}
        />
      </form>
    </Dialog>
  );
};
