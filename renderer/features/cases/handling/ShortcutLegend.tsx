import { Box, Typography } from '@mui/material';
import { useI18n } from '../../../i18n/useI18n';

/** Always on screen: a clerk learns the keys by seeing them, not from a manual. */
export const ShortcutLegend = () => {
  const { t } = useI18n();
  const keys = ['cases.keys.move', 'cases.keys.toggle', 'cases.keys.finish', 'cases.keys.outcome'] as const;
  return (
    <Box
      component="aside"
      aria-label={t('cases.keys.title')}
      sx={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: 2,
        px: 2,
        py: 1,
        borderRadius: 1,
        bgcolor: 'grey.100',
        color: 'text.secondary',
      }}
    >
      <Typography variant="body2" sx={{ fontWeight: 700 }}>
        {t('cases.keys.title')}
      </Typography>
      {keys.map((key) => (
        <Typography key={key} variant="body2">
          {t(key)}
        </Typography>
      ))}
    </Box>
  );
};
