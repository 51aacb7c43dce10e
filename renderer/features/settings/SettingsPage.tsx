import { Box } from '@mui/material';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/useI18n';
import { AboutSettings } from './AboutSettings';
import { DeskSettings } from './DeskSettings';
import { DisplaySettings } from './DisplaySettings';
import { ServerSettings } from '../sync/ServerSettings';
import { ScopeSettings } from '../sync/ScopeSettings';
import { PinSettings } from '../lock/PinSettings';

/**
 * 设置. Each block is its own section component; the sync engine adds its server and sign-in
 * section here, between the desk and About.
 */
export const SettingsPage = () => {
  const { t } = useI18n();
  return (
    <Page title={t('settings.title')} subtitle={t('settings.subtitle')}>
      <Box sx={{ display: 'grid', gap: 2, maxWidth: 880 }}>
        <DisplaySettings />
        <DeskSettings />
        <PinSettings />
        <ServerSettings />
        <ScopeSettings />
        <AboutSettings />
      </Box>
    </Page>
  );
};
