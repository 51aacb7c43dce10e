import { Box, Checkbox, FormControlLabel } from '@mui/material';
import { SelectField, type SelectOption } from '../../../components/SelectField';
import { useI18n } from '../../../i18n/useI18n';
import { bottleneckCategorySchema, bottleneckStatusSchema } from '../../../../shared/duty/bottleneck';
import type { BoardFilter } from '../model/boardRows';

type Props = {
  filter: BoardFilter;
  onChange: (filter: BoardFilter) => void;
  items: readonly SelectOption[];
  owners: readonly SelectOption[];
  halls: readonly SelectOption[];
};

/** Status, category, item, owner and hall, each a native select (keyboard and type-ahead for free). */
export const BoardFilters = ({ filter, onChange, items, owners, halls }: Props) => {
  const { t } = useI18n();
  const set = (patch: Partial<BoardFilter>) => onChange({ ...filter, ...patch });
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(11rem, 1fr))',
        gap: 1.5,
        alignItems: 'start',
      }}
    >
      <SelectField
        id="board-status"
        label={t('duty.board.filterStatus')}
        value={filter.status}
        placeholder={t('duty.board.all')}
        options={[
          { value: 'unresolved', label: t('duty.board.unresolved') },
          ...bottleneckStatusSchema.options.map((value) => ({ value, label: t(`duty.status.${value}`) })),
        ]}
        onChange={(value) => set({ status: value as BoardFilter['status'] })}
      />
      <SelectField
        id="board-category"
        label={t('duty.board.filterCategory')}
        value={filter.category}
        placeholder={t('duty.board.all')}
        options={bottleneckCategorySchema.options.map((value) => ({
          value,
          label: t(`duty.category.${value}`),
        }))}
        onChange={(value) => set({ category: value as BoardFilter['category'] })}
      />
      <SelectField
        id="board-item"
        label={t('duty.board.filterItem')}
        value={filter.itemId}
        placeholder={t('duty.board.all')}
        options={items}
        onChange={(value) => set({ itemId: value })}
      />
      <SelectField
        id="board-owner"
        label={t('duty.board.filterOwner')}
        value={filter.ownerId}
        placeholder={t('duty.board.all')}
        options={owners}
        onChange={(value) => set({ ownerId: value })}
      />
      <SelectField
        id="board-hall"
        label={t('duty.board.filterHall')}
        value={filter.hallId}
        placeholder={t('duty.board.all')}
        options={halls}
        onChange={(value) => set({ hallId: value })}
      />
      <FormControlLabel
        label={t('duty.board.overdueOnly')}
        control={
          <Checkbox
            checked={filter.overdueOnly}
            onChange={(event) => set({ overdueOnly: event.target.checked })}
          />
        }
      />
    </Box>
  );
};
