import type { MessageKey } from '../../../shared/i18n/messages';

export type SyncAttention = { key: MessageKey; hint: MessageKey; count?: number };

/**
 * What the pill must say beyond online and waiting changes, so a clerk who never opens the sync panel
 * still learns that nothing will upload until someone acts: an expired sign-in first (everything waits
 * on it), then changes the server sent back.
 */
export const syncAttention = (state: {
  configured: boolean;
  needsSignIn: boolean;
  rejected: number;
}): SyncAttention | null => {
  if (state.configured && state.needsSignIn)
    return { key: 'shell.status.signInNeeded', hint: 'shell.status.signInNeededHint' };
  if (state.rejected > 0)
    return { key: 'shell.status.rejected', hint: 'shell.status.rejectedHint', count: state.rejected };
  return null;
};
