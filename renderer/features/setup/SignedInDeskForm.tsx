import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Typography } from '@mui/material';
import type { Desk } from '../../../shared/domain/organization';
import type { SessionStaff } from '../../../shared/sync/contract';
import { surface } from '../../app/theme';
import { useRoleLabel } from '../../components/useRoleLabel';
import { useI18n } from '../../i18n/useI18n';
import { optionsFor, validateDeskChoice, type DeskChoiceErrors, type Organization } from './deskChoice';
import { FirstSyncStatus } from './FirstSyncStatus';
import { HallPicker } from './HallPicker';
import { ProblemMessage } from '../../components/ProblemMessage';
import { useDeskSave } from './useDeskSave';
import { WindowPicker } from './WindowPicker';

type Props = {
  org: Organization;
  staff: SessionStaff;
  serverUrl: string;
  onSave: (desk: Desk) => Promise<void>;
  /** A hall was picked: set-up's first download pulls that hall's data from then on. */
  onHallChosen: (hallId: string) => void;
  onSignInAgain: () => void;
};

/**
 * After signing in: the account fixed the clerk and the department, so only hall and window are left
 * to choose (within that department).
 */
export const SignedInDeskForm = ({ org, staff, serverUrl, onSave, onHallChosen, onSignInAgain }: Props) => {
  const { t } = useI18n();
  const roleLabel = useRoleLabel();
  const [hallId, setHallId] = useState('');
  const [windowId, setWindowId] = useState('');
  const [errors, setErrors] = useState<DeskChoiceErrors>({});
  const { saving, saveError, save } = useDeskSave(onSave);
  const choice = { departmentId: staff.departmentId, hallId, windowId, staffId: staff.id };
  const options = optionsFor(org, choice);
  const department = org.departments.find((entry) => entry.id === staff.departmentId);
  const departmentName =
    department?.name ?? t('setup.signedIn.unknownDepartment', { id: staff.departmentId });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateDeskChoice(org, choice);
    if (!checked.ok) {
      setErrors(checked.error);
      document.getElementById(checked.error.hallId ? 'setup-hall' : 'setup-window')?.focus();
      return;
    }
    await save(checked.value);
  };

  const facts = [
    {
      label: t('setup.signedIn.clerk'),
      value: t('setup.clerkOption', { name: staff.name, role: roleLabel(staff.roles) }),
    },
    {
      label: t('setup.signedIn.department'),
      value: departmentName,
      note: t('setup.signedIn.departmentNote'),
    },
    { label: t('setup.signedIn.server'), value: serverUrl },
  ];

  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event) => void submit(event)}
      sx={{ display: 'grid', gap: 2 }}
    >
      <Box
        component="dl"
        sx={{
          m: 0,
          p: 2,
          borderRadius: 1,
          bgcolor: surface.subtle,
          border: `1px solid ${surface.border}`,
          display: 'grid',
          gridTemplateColumns: 'max-content 1fr',
          columnGap: 3,
          rowGap: 1,
        }}
      >
        {facts.map((fact) => (
          <Box key={fact.label} sx={{ display: 'contents' }}>
            <Typography component="dt" sx={{ color: 'text.secondary' }}>
              {fact.label}
            </Typography>
            <Typography component="dd" sx={{ m: 0, fontWeight: 600, overflowWrap: 'anywhere' }}>
              {fact.value}
              {fact.note && (
                <Typography
                  component="span"
                  variant="body2"
                  sx={{ display: 'block', color: 'text.secondary', fontWeight: 400 }}
                >
                  {fact.note}
                </Typography>
              )}
            </Typography>
          </Box>
        ))}
      </Box>
      <FirstSyncStatus hallChosen={hallId !== '' || options.halls.length === 1} />
      {options.halls.length === 0 ? (
        <Alert severity="error">{t('setup.signedIn.noHalls', { department: departmentName })}</Alert>
      ) : (
        <Box sx={{ display: 'grid', gap: 1 }}>
          <HallPicker
            halls={options.halls}
            value={hallId}
            onChange={(value) => {
              setHallId(value);
              setWindowId('');
              setErrors({});
              if (value) onHallChosen(value);
            }}
            error={errors.hallId ? t('setup.error.hall') : undefined}
            disabled={false}
          />
          <WindowPicker
            windows={options.windows}
            value={windowId}
            onChange={(value) => {
              setWindowId(value);
              setErrors({});
            }}
            error={errors.windowId && hallId ? t('setup.error.window') : undefined}
            disabled={!hallId}
          />
        </Box>
      )}
      {saveError && (
        <Alert severity="error">
          <ProblemMessage problem={saveError} />
        </Alert>
      )}
      <Box
        sx={{
          display: 'flex',
          gap: 1.5,
          justifyContent: 'space-between',
          alignItems: 'center',
          flexWrap: 'wrap',
        }}
      >
        <Button onClick={onSignInAgain} disabled={saving}>
          {t('setup.signedIn.other')}
        </Button>
        <Button
          type="submit"
          variant="contained"
          size="large"
          disabled={saving || options.halls.length === 0}
        >
          {saving ? t('setup.saving') : t('setup.submit')}
        </Button>
      </Box>
    </Box>
  );
};
