import { Box, CardActionArea, Paper, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import type { MessageKey } from '../../../shared/i18n/messages';
import { useI18n } from '../../i18n/useI18n';
import type { TodayCounts } from './todayQueries';

const cards: { key: keyof TodayCounts; label: MessageKey; color: string }[] = [
  { key: 'total', label: 'home.count.total', color: 'primary.main' },
  { key: 'completedInOneVisit', label: 'home.count.completedInOneVisit', color: 'success.main' },
  { key: 'completedOnReturn', label: 'home.count.completedOnReturn', color: 'success.dark' },
  { key: 'needsSupplement', label: 'home.count.needsSupplement', color: 'warning.main' },
  { key: 'handedOn', label: 'home.count.handedOn', color: 'info.dark' },
  { key: 'waiting', label: 'home.count.waiting', color: 'grey.500' },
  { key: 'inProgress', label: 'home.count.inProgress', color: 'info.main' },
  { key: 'otherEndings', label: 'home.count.otherEndings', color: 'grey.700' },
];

/**
 * The figures a clerk checks at a glance; each opens today's case list. Every case of the day is in
 * exactly one figure after the first, so they add up to 今日办件.
 */
export const TodayCountCards = ({ counts }: { counts: TodayCounts | undefined }) => {
  const { t } = useI18n();
  return (
    <Box
      component="section"
      aria-label={t('home.countsLabel')}
      sx={{ display: 'grid', gridTemplateColumns: 'repeat(4, minmax(0, 1fr))', gap: 2 }}
    >
      {cards.map((card) => (
        <Paper key={card.key} sx={{ overflow: 'hidden', borderTop: 3, borderTopColor: card.color }}>
          <CardActionArea component={RouterLink} to="/cases" sx={{ px: 2.5, py: 1.75 }}>
            <Typography sx={{ color: 'text.secondary' }} id={`home-count-${card.key}`}>
              {t(card.label)}
            </Typography>
            <Typography
              aria-labelledby={`home-count-${card.key}`}
              sx={{ fontSize: '2rem', fontWeight: 700, lineHeight: 1.2, mt: 0.5 }}
              data-testid={`count-${card.key}`}
            >
              {counts === undefined ? '—' : counts[card.key]}
              <Typography
                component="span"
                sx={{ fontSize: '1rem', fontWeight: 400, ml: 0.5, color: 'text.secondary' }}
              >
                {t('home.count.unit')}
              </Typography>
            </Typography>
          </CardActionArea>
        </Paper>
      ))}
    </Box>
  );
};
