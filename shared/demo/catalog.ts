import type { DemoCatalogItem } from './catalogParts';
import { hrssEmploymentItems } from './catalog.hrssEmployment';
import { hrssInsuranceItems } from './catalog.hrssInsurance';
import { civilAffairsAssistanceItems } from './catalog.civilAffairsAssistance';
import { civilAffairsWelfareItems } from './catalog.civilAffairsWelfare';
import { civilAffairsMarriageItems } from './catalog.civilAffairsMarriage';

export type { DemoCatalogItem } from './catalogParts';

/**
 * The catalog seeded on first start: items of both bureaus as their published guides read. Whoever
 * seeds adds the sync meta (version 0, updatedAt, updatedBy); ids are `seededItemId(code)` so every desk
 * and the server produce the same rows.
 */
export const demoCatalog: DemoCatalogItem[] = [
  ...hrssEmploymentItems,
  ...hrssInsuranceItems,
  ...civilAffairsAssistanceItems,
  ...civilAffairsWelfareItems,
  ...civilAffairsMarriageItems,
];
