import { useState } from 'react';
import { IconButton, InputAdornment, TextField } from '@mui/material';
import VisibilityIcon from '@mui/icons-material/Visibility';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import { maskIdNumber } from '../../../../shared/domain/idNumber';
import { useI18n } from '../../../i18n/useI18n';

type Props = {
  value: string;
  onChange: (value: string) => void;
  /** Validates on leaving the field; the dialog validates again on submit. */
  onBlur: () => void;
  error: string | null;
};

/**
 * The ID number is shown in full only while the clerk types it (or asks to see it, to compare with the
 * card); otherwise the field shows the masked form, so an applicant standing at the counter or a
 * passer-by never reads the birth date off the screen.
 */
export const IdNumberField = ({ value, onChange, onBlur, error }: Props) => {
  const { t } = useI18n();
  const [focused, setFocused] = useState(false);
  const [revealed, setRevealed] = useState(false);
  const showPlain = focused || revealed || error !== null || value === '';
  return (
    <TextField
      label={t('cases.start.idNumber')}
      value={showPlain ? value : maskIdNumber(value)}
      onChange={(event) => onChange(event.target.value)}
      onFocus={() => setFocused(true)}
      onBlur={() => {
        setFocused(false);
        setRevealed(false);
        onBlur();
      }}
      error={error !== null}
      helperText={error ?? t('cases.start.idNumberHint')}
      autoComplete="off"
      fullWidth
      slotProps={{
        htmlInput: { maxLength: 24, spellCheck: false, inputMode: 'text' },
        input: {
          endAdornment:
            value !== '' && !focused ? (
              <InputAdornment position="end">
                <IconButton
                  edge="end"
                  aria-label={revealed ? t('cases.start.hide') : t('cases.start.reveal')}
                  onClick={() => setRevealed((on) => !on)}
                >
                  {revealed ? <VisibilityOffIcon /> : <VisibilityIcon />}
                </IconButton>
              </InputAdornment>
            ) : undefined,
        },
      }}
    />
  );
};
