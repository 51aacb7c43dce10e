import { TextField } from '@mui/material';

export type SelectOption = { value: string; label: string };

type Props = {
  id: string;
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  /** Shown as the empty first option: "请选择" or why nothing can be chosen yet. */
  placeholder: string;
  error?: string;
  disabled?: boolean;
  required?: boolean;
};

/**
 * A labelled native select. Native selects open with the keyboard everywhere, type-ahead works with
 * Chinese IMEs off, and they cost nothing to render on the old PCs at the counter.
 */
export const SelectField = ({
  id,
  label,
  value,
  options,
  onChange,
  placeholder,
  error,
  disabled,
  required,
}: Props) => (
  <TextField
    id={id}
    select
    label={label}
    value={value}
    onChange={(event) => onChange(event.target.value)}
    error={Boolean(error)}
    helperText={error ?? ' '}
    disabled={disabled}
    required={required}
    fullWidth
    slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
  >
    <option value="">{placeholder}</option>
    {options.map((option) => (
      <option key={option.value} value={option.value}>
        {option.label}
      </option>
    ))}
  </TextField>
);
