import { Box } from '@mui/material';
import { useI18n } from '../i18n/useI18n';
import type { Problem } from './problem';

/** The clerk's sentence, then the raw text folded away under 技术信息 (for the IT staff, on request). */
export const ProblemMessage = ({ problem }: { problem: Problem }) => {
  const { t } = useI18n();
  return (
    <>
      {problem.text}
      {problem.technical && (
        <Box component="details" sx={{ mt: 0.5, fontSize: '0.85em' }}>
          <Box component="summary" sx={{ cursor: 'pointer' }}>
            {t('common.technicalInfo')}
          </Box>
          <Box component="pre" lang="en" sx={{ whiteSpace: 'pre-wrap', m: 0, mt: 0.5 }}>
            {problem.technical}
          </Box>
        </Box>
      )}
    </>
  );
};
