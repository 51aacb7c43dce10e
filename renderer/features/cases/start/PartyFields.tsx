import { Stack, TextField, Typography } from '@mui/material';
import type { PartyRole } from '../../../../shared/domain/itemGuide';
import type { ServiceItem } from '../../../../shared/domain/serviceItem';
import { useI18n } from '../../../i18n/useI18n';

export type PartyInput = { role: PartyRole; name: string; idNumber: string };

/** Parties who must come in person (结婚、离婚登记: 男方、女方): each is recorded, not just "the applicant". */
export const inPersonParties = (item: ServiceItem | null): PartyRole[] =>
  (item?.parties ?? []).filter((party) => party.inPerson).map((party) => party.role);

type Props = {
  roles: readonly PartyRole[];
  values: readonly PartyInput[];
  onChange: (values: PartyInput[]) => void;
  error: string | null;
  autoFocus: boolean;
};

/** Name and ID number per party, in the guide's order; the first is the case's applicant name. */
export const PartyFields = ({ roles, values, onChange, error, autoFocus }: Props) => {
  const { t } = useI18n();
  const valueOf = (role: PartyRole) =>
    values.find((value) => value.role === role) ?? { role, name: '', idNumber: '' };
  const set = (role: PartyRole, change: Partial<PartyInput>) =>
    onChange(roles.map((each) => (each === role ? { ...valueOf(each), ...change } : valueOf(each))));
  return (
    <Stack spacing={1.5}>
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {t('cases.start.partiesHint')}
      </Typography>
      {roles.map((role, index) => (
        <Stack key={role} direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
          <TextField
            label={t('cases.start.partyName', { role: t(`party.${role}`) })}
            value={valueOf(role).name}
            onChange={(event) => set(role, { name: event.target.value })}
            required
            autoComplete="off"
            autoFocus={autoFocus && index === 0}
            fullWidth
            slotProps={{ htmlInput: { maxLength: 40 } }}
          />
          <TextField
            label={t('cases.start.partyIdNumber', { role: t(`party.${role}`) })}
            value={valueOf(role).idNumber}
            onChange={(event) => set(role, { idNumber: event.target.value })}
            autoComplete="off"
            fullWidth
            slotProps={{ htmlInput: { maxLength: 18 } }}
          />
        </Stack>
      ))}
      {error && (
        <Typography role="alert" variant="body2" sx={{ color: 'error.main' }}>
          {error}
        </Typography>
      )}
    </Stack>
  );
};
