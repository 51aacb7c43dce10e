import { Box, InputAdornment, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import { useI18n } from '../../../i18n/useI18n';
import { statusFilters, type StatusFilter, type TodayScope } from '../model/todayFilter';

type Props = {
  scope: TodayScope;
  onScope: (scope: TodayScope) => void;
  status: StatusFilter;
  onStatus: (status: StatusFilter) => void;
  query: string;
  onQuery: (query: string) => void;
};

export const TodayToolbar = ({ scope, onScope, status, onStatus, query, onQuery }: Props) => {
  const { t } = useI18n();
  const label = (filter: StatusFilter) =>
    filter === 'all'
      ? t('cases.today.filter.all')
      : filter === 'open'
        ? t('cases.today.filter.open')
        : t(`status.${filter}`);
  return (
    <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
      <ToggleButtonGroup
        exclusive
        size="small"
        color="primary"
        value={scope}
        onChange={(_event, next: TodayScope | null) => next && onScope(next)}
        aria-label={t('cases.today.scope')}
      >
        {(['window', 'hall'] as const).map((option) => (
          <ToggleButton key={option} value={option} sx={{ px: 1.5 }}>
            {t(`cases.today.scope.${option}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <TextField
        label={t('cases.today.search')}
        placeholder={t('cases.today.searchPlaceholder')}
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        size="small"
        autoComplete="off"
        // In rem: the placeholder stays whole in English and grows with large-font mode.
        sx={{ width: '17.5rem' }}
        slotProps={{
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
          },
        }}
      />
      <ToggleButtonGroup
        exclusive
        size="small"
        value={status}
        onChange={(_event, next: StatusFilter | null) => next && onStatus(next)}
        aria-label={t('cases.today.filter')}
        sx={{ flexWrap: 'wrap' }}
      >
        {statusFilters.map((filter) => (
          <ToggleButton key={filter} value={filter} sx={{ px: 1.5 }}>
            {label(filter)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <Typography variant="body2" sx={{ color: 'text.secondary', ml: 'auto' }}>
        {t('cases.today.keyHint')}
      </Typography>
    </Box>
  );
};
