import { Button, DialogActions, Typography } from '@mui/material';

type Props = {
  /** The keyboard hint, so the clerk learns the shortcuts where they are used. */
  hint: string;
  cancelLabel: string;
  submitLabel: string;
  /** While the form saves, a second press must not submit it again. */
  saving: boolean;
  /** Nothing to submit yet (e.g. a refused choice left nothing chosen). */
  disabled?: boolean;
  onCancel: () => void;
};

/** The bottom bar of a dialog that is a form: the hint on the left, cancel and submit on the right. */
export const FormDialogActions = ({
  hint,
  cancelLabel,
  submitLabel,
  saving,
  disabled = false,
  onCancel,
}: Props) => (
  <DialogActions sx={{ px: 3, pb: 2 }}>
    <Typography variant="body2" sx={{ color: 'text.secondary', flex: 1 }}>
      {hint}
    </Typography>
    <Button onClick={onCancel}>{cancelLabel}</Button>
    <Button type="submit" variant="contained" disabled={saving || disabled}>
      {submitLabel}
    </Button>
  </DialogActions>
);
