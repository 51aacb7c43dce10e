import { Box, Button, List, ListItem, ListItemButton, ListItemText, Typography } from '@mui/material';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { Link as RouterLink } from 'react-router';
import type { Case } from '../../../shared/domain/case';
import { casePath } from '../../app/navigation';
import { datePatterns } from '../../components/datePatterns';
import { PageState } from '../../components/PageState';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n/useI18n';
import { useDateFormat } from '../../i18n/useDateFormat';

/** Unfinished cases to pick up again, newest first. */
export const RecentCases = ({ cases }: { cases: readonly Case[] | undefined }) => {
  const { t, locale } = useI18n();
  const format = useDateFormat();
  return (
    <Section
      title={t('home.continue')}
      id="home-continue"
      flush
      actions={
        <Button component={RouterLink} to="/cases" size="small" endIcon={<ArrowForwardIcon />}>
          {t('home.allCases')}
        </Button>
      }
    >
      <Typography variant="body2" sx={{ color: 'text.secondary', px: 2.5, pt: 1.5 }}>
        {t('home.continueHint')}
      </Typography>
      {cases === undefined ? (
        <PageState kind="loading" />
      ) : cases.length === 0 ? (
        <Typography sx={{ px: 2.5, py: 3, color: 'text.secondary' }}>{t('home.continueEmpty')}</Typography>
      ) : (
        <List sx={{ px: 1, py: 1 }}>
          {cases.map((row) => (
            // A list item holding a link, named by what it shows (the section's heading says 继续办理):
            // a name that did not contain the visible text failed speech users who say what they see.
            <ListItem key={row.id} disablePadding>
              <ListItemButton component={RouterLink} to={casePath(row.id)} sx={{ gap: 2 }}>
                <ListItemText
                  primary={row.applicantName}
                  secondary={row.itemName}
                  slotProps={{ primary: { sx: { fontWeight: 600 } }, secondary: { noWrap: true } }}
                  sx={{ minWidth: 0 }}
                />
                <Box sx={{ textAlign: 'right', flexShrink: 0 }}>
                  <Typography variant="body2">{t(`status.${row.status}`)}</Typography>
                  <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                    {t('home.startedAt', { time: format(row.startedAt, datePatterns[locale].dayTime) })}
                  </Typography>
                </Box>
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      )}
    </Section>
  );
};
