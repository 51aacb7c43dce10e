import type { KeyboardEvent, ReactNode } from 'react';
import { Alert, Box } from '@mui/material';
import type { SxProps, Theme } from '@mui/material/styles';

type Props = {
  onSave: () => void;
  children: ReactNode;
  sx?: SxProps<Theme>;
};

/**
 * The frame every duty form shares (记录堵点, 交班, 添加跟进): the submit button or Ctrl+Enter from any
 * field saves. Ctrl+Enter is ours alone: the screen
 * behind may use it too (the handling screen's 办结).
 */
export const DutyForm = ({ onSave, children, sx }: Props) => {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    event.stopPropagation();
    onSave();
  };
  return (
    <Box
      component="form"
      noValidate
      sx={sx}
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      {children}
    </Box>
  );
};

/** The refusal in one Chinese sentence (a rule's message), where the eye already is. */
export const DutyProblem = ({ problem }: { problem: string | null }) =>
  problem ? (
    <Alert severity="error" role="alert">
      {problem}
    </Alert>
  ) : null;
