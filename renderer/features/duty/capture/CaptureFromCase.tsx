import { Box, Button } from '@mui/material';
import ReportProblemOutlinedIcon from '@mui/icons-material/ReportProblemOutlined';
import { useI18n } from '../../../i18n/useI18n';
import { KeyHint } from '../../../components/KeyHint';
import { useCapture, type CaptureSource } from './captureContext';

/** Under a case: record a bottleneck met while handling it, pre-filled with item, window and case. */
export const CaptureFromCase = ({ source }: { source: CaptureSource }) => {
  const { t } = useI18n();
  const { open } = useCapture();
  return (
    <Box sx={{ px: { xs: 2, md: 3 }, pb: 2, maxWidth: 1280, mx: 'auto', width: '100%' }}>
      <Button
        variant="outlined"
        color="warning"
        startIcon={<ReportProblemOutlinedIcon />}
        onClick={() => open(source)}
        aria-keyshortcuts="F8"
      >
        <Box component="span" sx={{ mr: 1 }}>
          {t('duty.capture.open')}
        </Box>
        <KeyHint keys="F8" />
      </Button>
    </Box>
  );
};
