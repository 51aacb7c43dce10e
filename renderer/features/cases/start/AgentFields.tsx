import { Checkbox, FormControlLabel, Stack, TextField, Typography } from '@mui/material';
import type { ServiceItem } from '../../../../shared/domain/serviceItem';
import { useI18n } from '../../../i18n/useI18n';
import type { PartyInput } from './PartyFields';

type Props = {
  rule: NonNullable<ServiceItem['agent']>;
  /** Null: the applicant comes in person. */
  agent: PartyInput | null;
  onChange: (agent: PartyInput | null) => void;
};

/**
 * 代办: where the guide allows an agent (an elderly or disabled applicant's relative, the 村委会), the
 * clerk records who came instead, with a 委托书 that then becomes a required material.
 */
export const AgentFields = ({ rule, agent, onChange }: Props) => {
  const { t } = useI18n();
  return (
    <Stack spacing={1}>
      <FormControlLabel
        control={
          <Checkbox
            checked={agent !== null}
            onChange={(event) =>
              onChange(event.target.checked ? { role: 'agent', name: '', idNumber: '' } : null)
            }
          />
        }
        label={t('cases.start.byAgent')}
      />
      {agent && (
        <>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {t('cases.start.agentRule', { note: rule.note })}
          </Typography>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
            <TextField
              label={t('cases.start.partyName', { role: t('party.agent') })}
              value={agent.name}
              onChange={(event) => onChange({ ...agent, name: event.target.value })}
              required
              autoComplete="off"
              autoFocus
              fullWidth
              slotProps={{ htmlInput: { maxLength: 40 } }}
            />
            <TextField
              label={t('cases.start.partyIdNumber', { role: t('party.agent') })}
              value={agent.idNumber}
              onChange={(event) => onChange({ ...agent, idNumber: event.target.value })}
              autoComplete="off"
              fullWidth
              slotProps={{ htmlInput: { maxLength: 18 } }}
            />
          </Stack>
        </>
      )}
    </Stack>
  );
};
