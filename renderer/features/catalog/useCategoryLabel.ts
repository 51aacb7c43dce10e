import { useCallback } from 'react';
import { itemCategoryCode } from '../../../shared/catalog/itemCategories';
import { useI18n } from '../../i18n/useI18n';

/**
 * An item's 事项类别 in the interface language: the bureaus' categories are translated, a category of
 * the catalog's own wording is shown as written (shared/catalog/itemCategories.ts).
 */
export const useCategoryLabel = () => {
  const { t } = useI18n();
  return useCallback(
    (category: string) => {
      const code = itemCategoryCode(category);
      return code ? t(`catalog.itemCategory.${code}`) : category;
    },
    [t],
  );
};
