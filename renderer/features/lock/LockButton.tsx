import { Button, Tooltip } from '@mui/material';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import SwitchAccountOutlinedIcon from '@mui/icons-material/SwitchAccountOutlined';
import type { Desk } from '../../../shared/domain/organization';
import { useI18n } from '../../i18n/useI18n';
import type { LockAction } from './useDeskLock';
import { SwitchClerkDialog } from './SwitchClerkDialog';

const lockShortcut = 'Ctrl+L';

/** 锁定 (a desk with a server) or 换人 (a standalone desk) in the app bar; Ctrl+L does the same. */
export const LockButton = ({ action, desk }: { action: LockAction; desk: Desk }) => {
  const { t } = useI18n();
  if (action.mode === 'none') return null;
  const locking = action.mode === 'lock';
  return (
    <>
      <Tooltip title={locking ? t('lock.actionHint') : t('lock.switchClerkHint')} describeChild>
        <Button
          onClick={action.act}
          aria-keyshortcuts={lockShortcut}
          startIcon={locking ? <LockOutlinedIcon /> : <SwitchAccountOutlinedIcon />}
          sx={{
            color: '#fff',
            borderColor: 'rgba(255,255,255,0.45)',
            whiteSpace: 'nowrap',
            flexShrink: 0,
            '&:hover': { borderColor: '#fff', bgcolor: 'rgba(255,255,255,0.08)' },
          }}
          variant="outlined"
          size="small"
        >
          {locking ? t('lock.action') : t('lock.switchClerk')}
        </Button>
      </Tooltip>
      {!locking && action.switching && <SwitchClerkDialog open desk={desk} onClose={action.closeSwitch} />}
    </>
  );
};
