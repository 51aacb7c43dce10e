import { useMemo } from 'react';
import { formatTimeLimit } from '../../../components/timeLimit';
import { Autocomplete, Box, TextField, Typography } from '@mui/material';
import { buildSearchIndex, searchItems } from '../../../../shared/catalog/search';
import type { ServiceItem } from '../../../../shared/domain/serviceItem';
import { useI18n } from '../../../i18n/useI18n';

type Props = {
  items: readonly ServiceItem[];
  value: ServiceItem | null;
  onChange: (item: ServiceItem | null) => void;
  error: string | null;
  autoFocus: boolean;
};

/** Picks an item by name, 事项编码 or pinyin initials (sybxj → 失业保险金申领), ranked by the catalog search. */
export const ItemPicker = ({ items, value, onChange, error, autoFocus }: Props) => {
  const { t } = useI18n();
  const index = useMemo(() => buildSearchIndex(items), [items]);
  return (
    <Autocomplete
      options={items}
      value={value}
      onChange={(_event, item) => onChange(item)}
      getOptionLabel={(item) => item.name}
      isOptionEqualToValue={(option, selected) => option.id === selected.id}
      filterOptions={(_options, state) => searchItems(index, state.inputValue, 30)}
      noOptionsText={t('cases.start.noItems')}
      autoHighlight
      openOnFocus
      onKeyDown={(event) => {
        // The dialog's hint says "Esc 取消": with nothing typed in the box, Esc cancels the dialog rather
        // than first closing the suggestions the box opened on its own (N, then Esc, must cancel).
        if (event.key === 'Escape' && event.target instanceof HTMLInputElement && event.target.value === '')
          event.defaultMuiPrevented = true;
      }}
      renderOption={({ key, ...props }, item) => (
        <Box component="li" key={key} {...props}>
          <Box>
            <Typography>{item.name}</Typography>
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {t('cases.start.itemMeta', { code: item.code, limit: formatTimeLimit(t, item.promisedLimit) })}
            </Typography>
          </Box>
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('cases.start.item')}
          placeholder={t('cases.start.itemPlaceholder')}
          error={error !== null}
          helperText={
            error ??
            (value
              ? t('cases.start.itemMeta', {
                  code: value.code,
                  limit: formatTimeLimit(t, value.promisedLimit),
                })
              : ' ')
          }
          autoFocus={autoFocus}
        />
      )}
    />
  );
};
