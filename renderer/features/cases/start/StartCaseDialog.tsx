import { staffWriterOf, useDeskWriter } from '../../../app/useDeskWriter';
import { useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate } from 'react-router';
import { Alert, Dialog, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { startCase } from '../../../../shared/domain/caseMachine';
import { validateIdNumber } from '../../../../shared/domain/idNumber';
import type { Desk } from '../../../../shared/domain/organization';
import type { ServiceItem } from '../../../../shared/domain/serviceItem';
import { useDb } from '../../../app/DbContext';
import { useHallLevel } from '../../../app/useHallLevel';
import { FormDialogActions } from '../../../components/FormDialogActions';
import { useI18n } from '../../../i18n/useI18n';
import { insertCase } from '../data/caseWrites';
import { caseErrorMessage, saveErrorMessage } from '../model/caseErrors';
import { ProblemMessage } from '../../../components/ProblemMessage';
import type { Problem } from '../../../components/problem';
import { IdNumberField } from './IdNumberField';
import { ItemPicker } from './ItemPicker';
import { AgentFields } from './AgentFields';
import { inPersonParties, PartyFields, type PartyInput } from './PartyFields';

type Props = {
  desk: Desk;
  /** Preselected from the catalog's 开始陪跑 (`/cases?start=<itemId>`). */
  initialItemId: string | null;
  onClose: () => void;
};

type FieldErrors = {
  item: string | null;
  name: string | null;
  idNumber: string | null;
  form: Problem | null;
};
const noErrors: FieldErrors = { item: null, name: null, idNumber: null, form: null };

/** Items this desk may handle: its department's and city-wide ones, published and not deleted. */
const useHandleableItems = (desk: Desk, initialItemId: string | null) => {
  const db = useDb();
  return useLiveQuery(async () => {
    const all = await db.items.toArray();
    return all.filter(
      (item) =>
        item.id === initialItemId ||
        (item.published &&
          !item.deleted &&
          (item.departmentId === null || item.departmentId === desk.departmentId)),
    );
  }, [db, desk.departmentId, initialItemId]);
};

/** 新建办件: item, applicant, optional ID number; Enter starts the case and opens its handling screen. */
export const StartCaseDialog = ({ desk, initialItemId, onClose }: Props) => {
  const { t } = useI18n();
  const db = useDb();
  const deskWriter = useDeskWriter();
  const navigate = useNavigate();
  const items = useHandleableItems(desk, initialItemId);
  const hallLevel = useHallLevel(desk.hallId);
  const [picked, setPicked] = useState<ServiceItem | null | undefined>(undefined);
  const [applicantName, setApplicantName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [parties, setParties] = useState<PartyInput[]>([]);
  const [agent, setAgent] = useState<PartyInput | null>(null);
  const [partyError, setPartyError] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>(noErrors);
  const [saving, setSaving] = useState(false);
  // Until the clerk picks, the preselected item (if any) is the choice.
  const item =
    picked !== undefined ? picked : (items?.find((candidate) => candidate.id === initialItemId) ?? null);

  const checkIdNumber = (): string | null => {
    if (idNumber.trim() === '') return null;
    const checked = validateIdNumber(idNumber, new Date());
    return checked.ok ? null : t(`idNumber.${checked.error}`);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    if (!item) {
      setErrors({ ...noErrors, item: t('cases.start.itemRequired') });
      return;
    }
    const now = new Date();
    const roles = inPersonParties(item);
    // A box ticked for an agent with no name is a slip, not "no agent": say so rather than drop it.
    const withAgent = item.agent && agent ? [agent] : [];
    if (withAgent.length > 0 && agent?.name.trim() === '') {
      setPartyError(t('caseError.partyNameEmpty', { role: t('party.agent') }));
      return;
    }
    // With in-person parties (男方/女方) the first party is the applicant the case lists and counts.
    const first = parties.find((party) => party.role === roles[0]);
    const started = startCase({
      item,
      desk,
      applicantName: roles.length > 0 ? (first?.name ?? '') : applicantName,
      applicantIdNumber: roles.length > 0 ? (first?.idNumber ?? '') : idNumber,
      ...(roles.length > 0 || withAgent.length > 0
        ? {
            parties: [
              ...roles.map(
                (role) => parties.find((party) => party.role === role) ?? { role, name: '', idNumber: '' },
              ),
              ...withAgent,
            ],
          }
        : {}),
      hallLevel,
      now,
    });
    if (!started.ok) {
      const message = caseErrorMessage(t, started.error, item);
      const code = started.error.code;
      const aboutParties =
        code === 'partyNameEmpty' ||
        code === 'partyMissing' ||
        code === 'partyIdNumber' ||
        (roles.length > 0 &&
          code !== 'itemNotPublished' &&
          code !== 'itemOtherDepartment' &&
          code !== 'itemOtherLevel');
      setPartyError(aboutParties ? message : null);
      setErrors({
        ...noErrors,
        name: code === 'applicantNameEmpty' || code === 'applicantNameTooLong' ? message : null,
        idNumber: code === 'idNumber' ? message : null,
        item:
          code === 'itemNotPublished' || code === 'itemOtherDepartment' || code === 'itemOtherLevel'
            ? message
            : null,
      });
      return;
    }
    setSaving(true);
    try {
      const caseId = await insertCase(db, started.value, deskWriter ?? staffWriterOf(desk), now);
      void navigate(`/cases/${caseId}`);
    } catch (error) {
      setErrors({ ...noErrors, form: saveErrorMessage(t, error) });
      setSaving(false);
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="start-case-title">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle id="start-case-title">{t('cases.start.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2.5} sx={{ pt: 1 }}>
            {errors.form && (
              <Alert severity="error">
                <ProblemMessage problem={errors.form} />
              </Alert>
            )}
            <ItemPicker
              items={items ?? []}
              value={item}
              onChange={(next) => {
                setPicked(next);
                setErrors((current) => ({ ...current, item: null }));
              }}
              error={errors.item}
              autoFocus={initialItemId === null}
            />
            {inPersonParties(item).length > 0 ? (
              <PartyFields
                roles={inPersonParties(item)}
                values={parties}
                onChange={(next) => {
                  setParties(next);
                  setPartyError(null);
                }}
                error={partyError}
                autoFocus={initialItemId !== null}
              />
            ) : (
              <>
                <TextField
                  label={t('cases.start.applicantName')}
                  value={applicantName}
                  onChange={(event) => {
                    setApplicantName(event.target.value);
                    if (errors.name) setErrors((current) => ({ ...current, name: null }));
                  }}
                  error={errors.name !== null}
                  helperText={errors.name ?? ' '}
                  required
                  autoComplete="off"
                  autoFocus={initialItemId !== null}
                  fullWidth
                  slotProps={{ htmlInput: { maxLength: 40 } }}
                />
                <IdNumberField
                  value={idNumber}
                  onChange={(next) => {
                    setIdNumber(next);
                    if (errors.idNumber) setErrors((current) => ({ ...current, idNumber: null }));
                  }}
                  onBlur={() => setErrors((current) => ({ ...current, idNumber: checkIdNumber() }))}
                  error={errors.idNumber}
                />
              </>
            )}
            {item?.agent && (
              <AgentFields
                rule={item.agent}
                agent={agent}
                onChange={(next) => {
                  setAgent(next);
                  setPartyError(null);
                }}
              />
            )}
            {partyError && inPersonParties(item).length === 0 && (
              <Typography role="alert" variant="body2" sx={{ color: 'error.main' }}>
                {partyError}
              </Typography>
            )}
          </Stack>
        </DialogContent>
        <FormDialogActions
          hint={t('cases.start.submitHint')}
          cancelLabel={t('common.cancel')}
          submitLabel={t('cases.start.submit')}
          saving={saving}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
};
