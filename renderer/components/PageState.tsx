import type { ReactNode } from 'react';
import { Alert, Box, CircularProgress, Typography } from '@mui/material';
import { useI18n } from '../i18n/useI18n';

type Props =
  | { kind: 'loading' }
  | { kind: 'empty'; title: string; hint?: string; action?: ReactNode }
  /** `message`: a Chinese sentence that says what is wrong and what to do. */
  | { kind: 'error'; message: string; action?: ReactNode };

/** The loading, empty and error states every screen shows in the same place and the same way. */
export const PageState = (props: Props) => {
  const { t } = useI18n();
  if (props.kind === 'loading')
    return (
      <Box
        role="status"
        sx={{ display: 'flex', alignItems: 'center', gap: 2, p: 4, color: 'text.secondary' }}
      >
        {/* The words beside it say it: an unnamed progressbar role would only be noise to a screen reader. */}
        <CircularProgress size={20} aria-hidden />
        <Typography>{t('common.loading')}</Typography>
      </Box>
    );
  if (props.kind === 'error')
    return (
      <Alert severity="error" action={props.action} sx={{ m: 2 }}>
        {props.message}
      </Alert>
    );
  return (
    <Box sx={{ p: 5, textAlign: 'center', color: 'text.secondary' }}>
      <Typography variant="h3" component="p" sx={{ mb: 1, color: 'text.primary' }}>
        {props.title}
      </Typography>
      {props.hint && <Typography sx={{ mb: 2 }}>{props.hint}</Typography>}
      {props.action}
    </Box>
  );
};
