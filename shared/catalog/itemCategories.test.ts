import { describe, expect, it } from 'vitest';
import { demoCatalog } from '../demo/catalog';
import { messages } from '../i18n/messages';
import { itemCategoryCode, itemCategoryCodes } from './itemCategories';

describe('item categories', () => {
  it('knows every category of the demo catalog, so the English interface shows none in Chinese', () => {
    const unknown = demoCatalog.filter((item) => itemCategoryCode(item.category) === null);
    expect(unknown.map((item) => `${item.name}: ${item.category}`)).toEqual([]);
  });

  it('reads each code back in Chinese as the catalog writes it, and in English without Chinese', () => {
    for (const [name, code] of Object.entries(itemCategoryCodes)) {
      expect(messages['zh-CN'][`catalog.itemCategory.${code}`]).toBe(name);
      expect(messages.en[`catalog.itemCategory.${code}`]).not.toMatch(/\p{Script=Han}/u);
    }
  });

  it('leaves a category of the catalog’s own wording alone', () => {
    expect(itemCategoryCode('人才服务')).toBeNull();
    expect(itemCategoryCode(' 社会救助 ')).toBe('socialAssistance');
  });
});
