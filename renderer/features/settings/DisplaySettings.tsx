import { Box, Switch, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import type { Locale } from '../../../shared/i18n/messages';
import { useLargeFont } from '../../app/preferences';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n/useI18n';

/** Interface language and large-font mode: per-machine preferences, applied at once. */
export const DisplaySettings = () => {
  const { t, locale, setLocale } = useI18n();
  const [largeFont, setLargeFont] = useLargeFont();
  return (
    <Section title={t('settings.display')} id="settings-display">
      <Box sx={{ display: 'grid', gap: 3 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 3, flexWrap: 'wrap' }}>
          <Typography id="settings-language-label" sx={{ minWidth: 160, fontWeight: 500 }}>
            {t('settings.language')}
          </Typography>
          <ToggleButtonGroup
            exclusive
            value={locale}
            onChange={(_event, next: Locale | null) => {
              if (next) setLocale(next);
            }}
            aria-labelledby="settings-language-label"
            color="primary"
          >
            <ToggleButton value="zh-CN" lang="zh-CN" sx={{ px: 3 }}>
              {t('settings.language.zh')}
            </ToggleButton>
            <ToggleButton value="en" lang="en" sx={{ px: 3 }}>
              {t('settings.language.en')}
            </ToggleButton>
          </ToggleButtonGroup>
        </Box>
        <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 3, flexWrap: 'wrap' }}>
          <Typography id="settings-large-font-label" sx={{ minWidth: 160, fontWeight: 500, pt: 1 }}>
            {t('settings.largeFont')}
          </Typography>
          <Box>
            <Switch
              checked={largeFont}
              onChange={(event) => setLargeFont(event.target.checked)}
              slotProps={{
                input: {
                  'aria-labelledby': 'settings-large-font-label',
                  'aria-describedby': 'settings-large-font-hint',
                },
              }}
              sx={{ ml: -1.5 }}
            />
            <Typography id="settings-large-font-hint" variant="body2" sx={{ color: 'text.secondary' }}>
              {t('settings.largeFontHint')}
            </Typography>
          </Box>
        </Box>
      </Box>
    </Section>
  );
};
