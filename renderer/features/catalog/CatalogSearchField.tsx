import type { KeyboardEvent } from 'react';
import { Box, IconButton, InputAdornment, TextField } from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import ClearIcon from '@mui/icons-material/Clear';
import { catalogSearchInputId } from '../../app/navigation';
import { KeyHint } from '../../components/KeyHint';
import { useI18n } from '../../i18n/useI18n';

type Props = {
  value: string;
  onChange: (value: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
};

/** The catalog search box; `/` and Ctrl+K focus it from anywhere in the app. */
export const CatalogSearchField = ({ value, onChange, onKeyDown }: Props) => {
  const { t } = useI18n();
  return (
    <TextField
      id={catalogSearchInputId}
      label={t('catalog.search')}
      placeholder={t('catalog.searchPlaceholder')}
      helperText={t('catalog.searchHint')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={onKeyDown}
      autoFocus
      fullWidth
      autoComplete="off"
      slotProps={{
        htmlInput: { 'aria-keyshortcuts': '/ Control+K', spellCheck: false },
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon aria-hidden />
            </InputAdornment>
          ),
          endAdornment: (
            <InputAdornment position="end">
              {value ? (
                <IconButton aria-label={t('catalog.clearSearch')} onClick={() => onChange('')} edge="end">
                  <ClearIcon />
                </IconButton>
              ) : (
                <Box aria-hidden sx={{ display: 'flex', gap: 0.5 }}>
                  <KeyHint keys="/" />
                  <KeyHint keys="Ctrl K" />
                </Box>
              )}
            </InputAdornment>
          ),
        },
      }}
    />
  );
};
