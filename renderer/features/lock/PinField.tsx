import { TextField } from '@mui/material';
import { pinLength } from '../../../shared/domain/deskPin';

type Props = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'current-password' | 'new-password' | 'off';
  helperText?: string;
  autoFocus?: boolean;
};

/** A masked six-digit field; anything but digits is dropped as it is typed. */
export const PinField = ({ id, label, value, onChange, autoComplete, helperText, autoFocus }: Props) => (
  <TextField
    id={id}
    label={label}
    type="password"
    value={value}
    onChange={(event) => onChange(event.target.value.replace(/\D/g, '').slice(0, pinLength))}
    autoComplete={autoComplete}
    autoFocus={autoFocus}
    helperText={helperText}
    required
    fullWidth
    slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: pinLength } }}
  />
);
