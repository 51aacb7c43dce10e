import { describe, expect, it } from 'vitest';
import { syncAttention } from './syncAttention';

describe('syncAttention', () => {
  it('asks to sign in again when the server refused the token, before anything else', () => {
    expect(syncAttention({ configured: true, needsSignIn: true, rejected: 2 })).toEqual({
      key: 'shell.status.signInNeeded',
      hint: 'shell.status.signInNeededHint',
    });
  });

  it('counts changes the server sent back', () => {
    expect(syncAttention({ configured: true, needsSignIn: false, rejected: 1 })).toEqual({
      key: 'shell.status.rejected',
      hint: 'shell.status.rejectedHint',
      count: 1,
    });
  });

  it('says nothing more on a healthy desk, or on a standalone one that has no sign-in', () => {
    expect(syncAttention({ configured: true, needsSignIn: false, rejected: 0 })).toBeNull();
    expect(syncAttention({ configured: false, needsSignIn: true, rejected: 0 })).toBeNull();
  });
});
