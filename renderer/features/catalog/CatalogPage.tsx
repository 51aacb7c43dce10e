import { useMemo, useState, type KeyboardEvent } from 'react';
import { Box, Button, Paper, Typography } from '@mui/material';
import { useNavigate, useSearchParams } from 'react-router';
import { catalogSearchInputId, itemPath } from '../../app/navigation';
import { useDesk } from '../../app/useDesk';
import { useHallLevel } from '../../app/useHallLevel';
import { Page } from '../../components/Page';
import { PageState } from '../../components/PageState';
import { useI18n } from '../../i18n/useI18n';
import { allDepartments, applyCatalogFilter, categoriesOf } from './catalogFilter';
import { CatalogFilters } from './CatalogFilters';
import { CatalogResults } from './CatalogResults';
import { CatalogSearchField } from './CatalogSearchField';
import { useCatalog } from './CatalogProvider';
import { useDepartmentLabel } from './useDepartmentLabel';

/**
 * 事项目录. Query, department and category live in the URL, so coming back from an item's guide
 * shows the same results.
 */
export const CatalogPage = () => {
  const { t } = useI18n();
  const navigate = useNavigate();
  const catalog = useCatalog();
  const desk = useDesk();
  const hallLevel = useHallLevel(desk?.hallId);
  const [params, setParams] = useSearchParams();
  // The box is driven by local state: the URL updates a moment later, and typing fast against a
  // controlled value that waits for the router would drop keystrokes.
  const [query, setQuery] = useState(() => params.get('q') ?? '');
  const department = params.get('dept') ?? allDepartments;
  const category = params.get('cat');
  const [activeIndex, setActiveIndex] = useState(0);
  const [focusRequest, setFocusRequest] = useState(0);
  const departmentLabel = useDepartmentLabel(catalog?.departmentById ?? new Map());

  const update = (next: { q?: string; dept?: string; cat?: string | null }) => {
    if (next.q !== undefined) setQuery(next.q);
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value === null || value === '' || value === undefined || value === allDepartments)
        merged.delete(key);
      else merged.set(key, value);
    }
    setParams(merged, { replace: true });
    setActiveIndex(0);
  };

  const results = useMemo(() => {
    if (!catalog) return [];
    const hits = catalog.search(query, catalog.items.length);
    return applyCatalogFilter(hits, { department, category });
  }, [catalog, query, department, category]);

  const categories = useMemo(
    () => (catalog ? categoriesOf(catalog.items, department) : []),
    [catalog, department],
  );

  if (!catalog) return <PageState kind="loading" />;

  const moveTo = (index: number, focus: boolean) => {
    setActiveIndex(index);
    if (focus) setFocusRequest((request) => request + 1);
  };

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && results.length > 0) {
      event.preventDefault();
      moveTo(0, true);
    } else if (event.key === 'Enter' && results[0]) {
      event.preventDefault();
      void navigate(itemPath(results[0].id));
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      update({ q: '' });
    }
  };

  const filtered = query !== '' || department !== allDepartments || category !== null;

  return (
    <Page title={t('catalog.title')} subtitle={t('catalog.subtitle', { total: catalog.items.length })} fill>
      <CatalogSearchField value={query} onChange={(q) => update({ q })} onKeyDown={onSearchKeyDown} />
      <CatalogFilters
        departments={catalog.departments}
        hasCityWide={catalog.items.some((item) => item.departmentId === null)}
        department={department}
        onDepartmentChange={(dept) => update({ dept, cat: null })}
        categories={categories}
        category={category}
        onCategoryChange={(cat) => update({ cat })}
      />
      <Paper sx={{ flex: 1, minHeight: 260, display: 'flex', flexDirection: 'column', overflow: 'hidden' }}>
        <Box sx={{ px: 2.5, py: 1, borderBottom: 1, borderColor: 'divider', bgcolor: 'background.default' }}>
          <Typography variant="body2" role="status" sx={{ color: 'text.secondary' }}>
            {t('catalog.resultCount', { count: results.length })}
          </Typography>
        </Box>
        {catalog.items.length === 0 ? (
          <PageState kind="empty" title={t('catalog.emptyTitle')} hint={t('catalog.emptyHint')} />
        ) : results.length === 0 ? (
          <PageState
            kind="empty"
            title={t('catalog.noMatchTitle')}
            hint={t('catalog.noMatchHint')}
            action={
              filtered && (
                <Button
                  variant="outlined"
                  onClick={() => {
                    setQuery('');
                    setParams(new URLSearchParams(), { replace: true });
                    document.getElementById(catalogSearchInputId)?.focus();
                  }}
                >
                  {t('catalog.showAll')}
                </Button>
              )
            }
          />
        ) : (
          <CatalogResults
            items={results}
            departmentLabel={departmentLabel}
            deskDepartmentId={desk?.departmentId ?? ''}
            deskHallLevel={hallLevel}
            activeIndex={Math.min(activeIndex, results.length - 1)}
            onActiveIndexChange={moveTo}
            focusRequest={focusRequest}
            onLeaveTop={() => document.getElementById(catalogSearchInputId)?.focus()}
          />
        )}
      </Paper>
    </Page>
  );
};
