/**
 * Refusals of the sync layer itself (not of one table's rules) that the desk shows in words: each has
 * a message `rule.<code>` in both languages, and the server's message ends with `(rule <code>)`.
 */
export const syncRuleCodes = [
  /** The mutation names an author who never signed in on the pushing desk (docs/sync.md, "Authors"). */
  'authorNotSignedIn',
] as const;

export type SyncRuleCode = (typeof syncRuleCodes)[number];
