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
 * The figures a clerk checks at a glance; each opens today's case list at the same scope (this window,
 * the list's default), so the 今日办件 figure is the list's count. Every case of the day is in exactly one
 * figure after the first, so they add up to 今日办件. The scope is said above them: the hall's figures
 * are one click away on the list, and a clerk must not read 0 here as "nothing in the hall".
 */
export const TodayCountCards = ({
  counts,
  windowLabel,
}: {
  counts: TodayCounts | undefined;
  windowLabel: string;
}) => {
  const { t } = useI18n();
  return (
    <Box component="section" aria-labelledby="home-counts-title" sx={{ display: 'grid', gap: 1 }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1.5, flexWrap: 'wrap' }}>
        <Typography variant="h2" id="home-counts-title" sx={{ fontSize: '1.05rem', fontWeight: 600 }}>
          {t('home.countsLabel')}
        </Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary' }} data-testid="home-counts-scope">
          {t('home.countsScope', { window: windowLabel })}
        </Typography>
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(4, minmax(0, 1fr))', gap: 2 }}>
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
    </Box>
  );
};
