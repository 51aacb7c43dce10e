import { useState } from 'react';
import { Button, Snackbar, Tooltip } from '@mui/material';
import CoPresentOutlinedIcon from '@mui/icons-material/CoPresentOutlined';
import { getBridge } from '../../platform/bridge';
import { useI18n } from '../../i18n/useI18n';

/** 打开群众屏 in the app bar: opens the applicant screen, or brings it forward if it is already open. */
export const OpenApplicantButton = () => {
  const { t } = useI18n();
  const [failed, setFailed] = useState(false);
  const open = () => {
    getBridge()
      .openApplicantWindow({})
      .catch(() => setFailed(true));
  };
  return (
    <>
      <Tooltip title={t('applicant.openHint')} describeChild>
        <Button
          onClick={open}
          startIcon={<CoPresentOutlinedIcon />}
          variant="outlined"
          size="small"
          sx={{
            color: '#fff',
            borderColor: 'rgba(255,255,255,0.45)',
            whiteSpace: 'nowrap',
            flexShrink: 0,
            '&:hover': { borderColor: '#fff', bgcolor: 'rgba(255,255,255,0.08)' },
          }}
        >
          {t('applicant.open')}
        </Button>
      </Tooltip>
      <Snackbar
        open={failed}
        autoHideDuration={8000}
        onClose={() => setFailed(false)}
        message={t('applicant.openFailed')}
        anchorOrigin={{ vertical: 'top', horizontal: 'center' }}
      />
    </>
  );
};
