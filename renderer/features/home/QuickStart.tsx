import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  Box,
  InputAdornment,
  List,
  ListItemButton,
  ListItemText,
  TextField,
  Typography,
} from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import PlayArrowRoundedIcon from '@mui/icons-material/PlayArrowRounded';
import { useNavigate } from 'react-router';
import { startCasePath } from '../../app/navigation';
import { focusIsFree } from '../../components/arrivalFocus';
import { PageState } from '../../components/PageState';
import { Section } from '../../components/Section';
import { formatTimeLimit } from '../../components/timeLimit';
import { useI18n } from '../../i18n/useI18n';
import { useCategoryLabel } from '../catalog/useCategoryLabel';
import type { ServiceItem } from '../../../shared/domain/serviceItem';
import type { Catalog } from '../catalog/CatalogProvider';

const resultLimit = 6;

/**
 * Type a few letters of an item and press Enter: the case starts. The list is a listbox driven from
 * the text box (aria-activedescendant), so focus never leaves the box while choosing.
 *
 * Arriving on 首页 (Alt+1, the menu), the listbox itself takes the focus, so the hint "↑/↓ 选择，Enter
 * 开始陪跑" works at once on this window's frequent items, and a letter typed goes on into the search
 * box. Not the search box itself: it would swallow `/` (the catalog search) as text.
 */
type Props = {
  catalog: Catalog | undefined;
  /** Items this window handles most, offered before anything is typed. */
  frequentItems: readonly ServiceItem[] | undefined;
  /** The clerk is about to search: load the catalog now if it is not loaded yet. */
  onWantCatalog: () => void;
};

export const QuickStart = ({ catalog, frequentItems, onWantCatalog }: Props) => {
  const { t } = useI18n();
  const categoryLabel = useCategoryLabel();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const typed = query.trim() !== '';
  const results = useMemo(() => {
    if (!typed) return frequentItems ?? [];
    return catalog ? catalog.search(query, resultLimit) : [];
  }, [catalog, query, typed, frequentItems]);
  const activeIndex = Math.min(active, Math.max(0, results.length - 1));
  const start = (itemId: string) => void navigate(startCasePath(itemId));
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (focusIsFree()) listRef.current?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (results.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + results.length) % results.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const item = results[activeIndex];
      if (item) start(item.id);
    }
  };

  const onListKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    onKeyDown(event);
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    // A letter (or an IME starting a composition) goes on into the search box: the focus moves before
    // the character is inserted. `/` stays the shell's catalog search.
    if ((event.key.length === 1 && event.key !== '/') || event.key === 'Process') inputRef.current?.focus();
  };

  return (
    <Section title={t('home.quickStart')} id="home-quick-start">
      <TextField
        id="home-quick-search"
        label={t('home.quickSearch')}
        placeholder={t('home.quickSearchPlaceholder')}
        helperText={t('home.quickSearchHint')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onFocus={onWantCatalog}
        inputRef={inputRef}
        fullWidth
        autoComplete="off"
        slotProps={{
          htmlInput: {
            spellCheck: false,
            'aria-controls': 'home-quick-results',
            'aria-activedescendant': results.length > 0 ? `home-quick-option-${activeIndex}` : undefined,
          },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon aria-hidden />
              </InputAdornment>
            ),
          },
        }}
      />
      {typed && catalog === undefined ? (
        <PageState kind="loading" />
      ) : !typed && frequentItems === undefined ? null : !typed && results.length === 0 ? (
        <Typography sx={{ color: 'text.secondary', mt: 1.5 }}>{t('home.quickEmpty')}</Typography>
      ) : !typed ? (
        <Typography variant="body2" sx={{ color: 'text.secondary', mt: 1.5 }} id="home-frequent-label">
          {t('home.popular')}
        </Typography>
      ) : results.length === 0 ? (
        <Typography sx={{ color: 'text.secondary', mt: 1.5 }} role="status">
          {t('home.quickNoMatch')}
        </Typography>
      ) : null}
      <List
        id="home-quick-results"
        ref={listRef}
        role="listbox"
        tabIndex={-1}
        aria-label={typed ? t('home.quickResults') : t('home.popular')}
        aria-activedescendant={results.length > 0 ? `home-quick-option-${activeIndex}` : undefined}
        aria-describedby="home-quick-search-helper-text"
        onKeyDown={onListKeyDown}
        sx={{
          mt: results.length > 0 ? 0.5 : 0,
          p: 0,
          minHeight: 4,
          borderRadius: 1,
          '&:focus-visible': { outline: '3px solid', outlineColor: 'primary.main', outlineOffset: 2 },
        }}
      >
        {results.map((item, index) => (
          <ListItemButton
            key={item.id}
            id={`home-quick-option-${index}`}
            role="option"
            aria-selected={index === activeIndex}
            selected={index === activeIndex}
            tabIndex={-1}
            onClick={() => start(item.id)}
            onMouseEnter={() => setActive(index)}
            sx={{ gap: 1.5 }}
          >
            <ListItemText
              primary={item.name}
              secondary={`${item.code} · ${categoryLabel(item.category)} · ${t('catalog.promised', {
                limit: formatTimeLimit(t, item.promisedLimit),
              })}`}
              slotProps={{ primary: { sx: { fontWeight: 600 } }, secondary: { noWrap: true } }}
              sx={{ minWidth: 0 }}
            />
            <Box
              aria-hidden
              sx={{
                display: 'flex',
                alignItems: 'center',
                gap: 0.5,
                color: 'primary.main',
                fontWeight: 600,
                flexShrink: 0,
                visibility: index === activeIndex ? 'visible' : 'hidden',
              }}
            >
              <PlayArrowRoundedIcon fontSize="small" />
              {t('catalog.startCase')}
            </Box>
          </ListItemButton>
        ))}
      </List>
    </Section>
  );
};
