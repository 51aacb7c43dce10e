import { Alert, Box } from '@mui/material';
import type { ServiceItem } from '../../../../shared/domain/serviceItem';
import { useI18n } from '../../../i18n/useI18n';

/**
 * 全程网办 / 智能秒批: the online path comes first for such items, with what the window does to help
 * (帮办代办), and any channel that differs from the main flow.
 */
export const GuideOnline = ({ item }: { item: ServiceItem }) => {
  const { t } = useI18n();
  const notes = item.channelNotes ?? [];
  if (!item.onlineGuide && notes.length === 0) return null;
  return (
    <Alert severity="info" component="section" aria-label={t('catalog.guide.online')}>
      <Box sx={{ fontWeight: 600, mb: 0.5 }}>{t('catalog.guide.online')}</Box>
      {item.onlineGuide && (
        <>
          <Box>{t('catalog.guide.onlinePath', { path: item.onlineGuide.path })}</Box>
          <Box>{t('catalog.guide.windowHelp', { help: item.onlineGuide.windowHelp })}</Box>
        </>
      )}
      {notes.map((note) => (
        <Box key={note.channel}>
          {t('catalog.guide.channelNote', { channel: t(`channel.${note.channel}`), note: note.note })}
        </Box>
      ))}
    </Alert>
  );
};
