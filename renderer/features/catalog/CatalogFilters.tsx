import { Box, Chip, Tab, Tabs } from '@mui/material';
import type { Department } from '../../../shared/domain/organization';
import { useI18n } from '../../i18n/useI18n';
import { useCategoryLabel } from './useCategoryLabel';
import { allDepartments, cityWide, type CategoryCount, type DepartmentFilter } from './catalogFilter';

type Props = {
  departments: readonly Department[];
  hasCityWide: boolean;
  department: DepartmentFilter;
  onDepartmentChange: (department: DepartmentFilter) => void;
  categories: readonly CategoryCount[];
  category: string | null;
  onCategoryChange: (category: string | null) => void;
};

/** Department tabs (人社 / 民政) and the category chips of the chosen department. */
export const CatalogFilters = (props: Props) => {
  const { t } = useI18n();
  const categoryLabel = useCategoryLabel();
  const { departments, department, categories, category } = props;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.25 }}>
      <Tabs
        value={department}
        onChange={(_event, value: string) => props.onDepartmentChange(value)}
        aria-label={t('catalog.department')}
        sx={{ minHeight: 40, borderBottom: 1, borderColor: 'divider' }}
      >
        <Tab value={allDepartments} label={t('catalog.department.all')} />
        {departments.map((entry) => (
          <Tab
            key={entry.id}
            value={entry.id}
            label={entry.bureau ? t(`bureau.${entry.bureau}`) : entry.name}
            title={entry.name}
          />
        ))}
        {props.hasCityWide && <Tab value={cityWide} label={t('catalog.department.cityWide')} />}
      </Tabs>
      <Box
        role="group"
        aria-label={t('catalog.category')}
        sx={{ display: 'flex', gap: 0.75, flexWrap: 'wrap' }}
      >
        <Chip
          label={t('catalog.category.all')}
          clickable
          color={category === null ? 'primary' : 'default'}
          variant={category === null ? 'filled' : 'outlined'}
          aria-pressed={category === null}
          onClick={() => props.onCategoryChange(null)}
        />
        {categories.map((entry) => {
          const selected = entry.category === category;
          return (
            <Chip
              key={entry.category}
              label={`${categoryLabel(entry.category)} ${entry.count}`}
              clickable
              color={selected ? 'primary' : 'default'}
              variant={selected ? 'filled' : 'outlined'}
              aria-pressed={selected}
              onClick={() => props.onCategoryChange(selected ? null : entry.category)}
            />
          );
        })}
      </Box>
    </Box>
  );
};
