import { useState, type FormEvent } from 'react';
import { Alert, Box, Button } from '@mui/material';
import type { Desk } from '../../../shared/domain/organization';
import type { MessageKey } from '../../../shared/i18n/messages';
import { SelectField } from '../../components/SelectField';
import { useI18n } from '../../i18n/useI18n';
import { ClerkPicker } from './ClerkPicker';
import { HallPicker } from './HallPicker';
import {
  changeChoice,
  optionsFor,
  validateDeskChoice,
  type DeskChoice,
  type DeskChoiceErrors,
  type DeskChoiceField,
  type Organization,
} from './deskChoice';
import { ProblemMessage } from '../../components/ProblemMessage';
import { useDeskSave } from './useDeskSave';
import { WindowPicker } from './WindowPicker';
import { emptyPinEntry, takeoverWithPin, type PinEntry } from '../lock/deskPins';
import { TakeoverPinFields } from '../lock/TakeoverPinFields';
import { usePinProblemText } from '../lock/usePinProblemText';
import { useDb } from '../../app/DbContext';

type Props = {
  org: Organization;
  initial: DeskChoice;
  onSave: (desk: Desk) => Promise<void>;
  onCancel?: () => void;
};

const missingKeys: Record<DeskChoiceField, MessageKey> = {
  departmentId: 'setup.error.department',
  hallId: 'setup.error.hall',
  windowId: 'setup.error.window',
  staffId: 'setup.error.clerk',
};

/**
 * Department → hall → window → clerk, each list narrowed by the choice above it; then the clerk's PIN
 * (a standalone desk has no accounts: set-up, also when run again from 设置, is no way around 换人's PIN).
 */
export const DeskSetupForm = ({ org, initial, onSave, onCancel }: Props) => {
  const { t } = useI18n();
  const [choice, setChoice] = useState(initial);
  const [errors, setErrors] = useState<DeskChoiceErrors>({});
  const { saving, saveError, save } = useDeskSave(onSave);
  const options = optionsFor(org, choice);
  const db = useDb();
  const pinProblemText = usePinProblemText();
  const [pinEntry, setPinEntry] = useState<PinEntry>(emptyPinEntry);
  const [pinError, setPinError] = useState<string | null>(null);
  const person = options.staff.find((one) => one.id === choice.staffId);

  // A field that cannot be filled in yet says so in its placeholder; an error there would be noise.
  const disabled: Record<DeskChoiceField, boolean> = {
    departmentId: false,
    hallId: !choice.departmentId,
    windowId: !choice.hallId,
    staffId: !choice.departmentId,
  };
  const errorOf = (field: DeskChoiceField) => {
    const problem = errors[field];
    if (!problem || disabled[field]) return undefined;
    return problem === 'missing' ? t(missingKeys[field]) : t('setup.error.mismatch');
  };

  const change = (field: DeskChoiceField) => (value: string) => {
    setChoice((current) => changeChoice(org, current, field, value));
    setErrors((current) => ({ ...current, [field]: undefined }));
    if (field === 'staffId' || field === 'departmentId') {
      setPinEntry(emptyPinEntry);
      setPinError(null);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateDeskChoice(org, choice);
    if (!checked.ok) {
      setErrors(checked.error);
      // Send the clerk to the first field that needs attention.
      const first = (['departmentId', 'hallId', 'windowId', 'staffId'] as const).find(
        (field) => checked.error[field],
      );
      const ids: Record<DeskChoiceField, string> = {
        departmentId: 'setup-department',
        hallId: 'setup-hall',
        windowId: 'setup-window',
        staffId: 'setup-clerk',
      };
      if (first) document.getElementById(ids[first])?.focus();
      return;
    }
    const chosen = options.staff.find((one) => one.id === checked.value.staffId);
    if (!chosen) return;
    setPinError(null);
    const pin = await takeoverWithPin(db, chosen, pinEntry, new Date());
    if (!pin.ok) {
      setPinError(pinProblemText(pin.problem));
      if (pin.problem.kind !== 'newPin') setPinEntry((typed) => ({ ...typed, pin: '', confirmerPin: '' }));
      return;
    }
    await save(checked.value);
  };

  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event) => void submit(event)}
      sx={{ display: 'grid', gap: 1 }}
    >
      <SelectField
        id="setup-department"
        label={t('setup.department')}
        value={choice.departmentId}
        onChange={change('departmentId')}
        placeholder={t('setup.choose')}
        options={org.departments.map((department) => ({ value: department.id, label: department.name }))}
        error={errorOf('departmentId')}
        required
      />
      <HallPicker
        halls={options.halls}
        value={choice.hallId}
        onChange={change('hallId')}
        error={errorOf('hallId')}
        disabled={disabled.hallId}
      />
      <WindowPicker
        windows={options.windows}
        value={choice.windowId}
        onChange={change('windowId')}
        error={errorOf('windowId')}
        disabled={disabled.windowId}
      />
      <ClerkPicker
        staff={options.staff}
        value={choice.staffId}
        onChange={change('staffId')}
        error={errorOf('staffId')}
        disabled={!choice.departmentId}
      />
      <TakeoverPinFields person={person} entry={pinEntry} onChange={setPinEntry} idPrefix="setup" />
      {pinError && (
        <Alert severity="error" role="alert">
          {pinError}
        </Alert>
      )}
      {saveError && (
        <Alert severity="error">
          <ProblemMessage problem={saveError} />
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 1.5, justifyContent: 'flex-end', mt: 1 }}>
        {onCancel && (
          <Button onClick={onCancel} disabled={saving}>
            {t('setup.cancel')}
          </Button>
        )}
        <Button type="submit" variant="contained" size="large" disabled={saving}>
          {saving ? t('setup.saving') : t('setup.submit')}
        </Button>
      </Box>
    </Box>
  );
};
