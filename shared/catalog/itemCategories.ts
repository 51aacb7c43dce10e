/**
 * The 事项类别 of the bureaus' published catalogs, each with a code the interface can translate (the
 * English interface showed them in Chinese). An item's category is catalog data that a supervisor may
 * word freely: one that is not listed here is shown as written in both languages, like an item's name.
 */
export const itemCategoryCodes = {
  社会保险: 'socialInsurance',
  养老保险: 'pensionInsurance',
  失业保险: 'unemploymentInsurance',
  工伤保险: 'workInjuryInsurance',
  社会保障卡: 'socialSecurityCard',
  就业创业: 'employment',
  社会救助: 'socialAssistance',
  养老服务: 'elderlyCare',
  儿童福利: 'childWelfare',
  残疾人福利: 'disabilityWelfare',
  婚姻登记: 'marriageRegistration',
  殡葬服务: 'funeralServices',
} as const;

export type ItemCategoryCode = (typeof itemCategoryCodes)[keyof typeof itemCategoryCodes];

const codeByName = new Map<string, ItemCategoryCode>(Object.entries(itemCategoryCodes));

/** The code of a category as the catalog writes it, or null for one of the catalog's own. */
export const itemCategoryCode = (category: string): ItemCategoryCode | null =>
  codeByName.get(category.trim()) ?? null;
