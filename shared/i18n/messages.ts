import { commonMessages } from './common';
import { domainMessages } from './domain';
import { casesMessages } from './cases';
import { shellMessages } from './shell';
import { setupMessages } from './setup';
import { catalogMessages } from './catalog';
import { homeMessages } from './home';
import { settingsMessages } from './settings';
import { syncMessages } from './sync';
import { lockMessages } from './lock';
import { applicantMessages } from './applicant';
import { certificatesMessages } from './certificates';
import { rulesMessages } from './rules';
import { scopeMessages } from './scope';
import { certificateListsMessages } from './certificateLists';
import { certificateWindowMessages } from './certificateWindow';
import { certificateFactsMessages } from './certificateFacts';
import { dutyMessages } from './duty';
import { deferralMessages } from './deferral';
import { handOnMessages } from './handOn';
import { partiesMessages } from './parties';
import { guideMessages } from './guide';
import { correctionsMessages } from './corrections';

/**
 * All message tables, merged. Each feature adds its table to `tables`; keys are prefixed by feature so
 * tables never collide (a unit test checks that no key is defined twice).
 */
export const messageTables = [
  commonMessages,
  domainMessages,
  casesMessages,
  shellMessages,
  setupMessages,
  catalogMessages,
  homeMessages,
  settingsMessages,
  syncMessages,
  lockMessages,
  applicantMessages,
  certificatesMessages,
  rulesMessages,
  scopeMessages,
  certificateListsMessages,
  certificateWindowMessages,
  certificateFactsMessages,
  dutyMessages,
  deferralMessages,
  handOnMessages,
  partiesMessages,
  guideMessages,
  correctionsMessages,
] as const;

type Tables = typeof messageTables;
type KeysOf<T> = T extends { zh: infer Zh } ? Extract<keyof Zh, string> : never;
export type MessageKey = KeysOf<Tables[number]>;
export type Locale = 'zh-CN' | 'en';
export const locales: readonly Locale[] = ['zh-CN', 'en'];

const merge = (pick: (table: Tables[number]) => Record<string, string>): Record<MessageKey, string> =>
  Object.assign({}, ...messageTables.map(pick)) as Record<MessageKey, string>;

export const messages: Record<Locale, Record<MessageKey, string>> = {
  'zh-CN': merge((table) => table.zh),
  en: merge((table) => table.en),
};
