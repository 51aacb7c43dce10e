import { describe, expect, it, vi } from 'vitest';
import type { DesktopBridge } from '../../shared/ipc/contract';
import { getBridge, selectBridge } from './bridge';

const fakeBridge = (shell: 'electron' | 'browser'): DesktopBridge => ({
  printDocument: () => Promise.resolve({ status: 'printed' }),
  saveFile: () => Promise.resolve({ status: 'saved' }),
  openExternal: () => Promise.resolve(),
  appInfo: () => Promise.resolve({ version: '1', platform: 'x', shell }),
  openApplicantWindow: () => Promise.resolve({ status: 'opened' }),
});

describe('selectBridge', () => {
  it('uses the preload bridge when the desktop shell exposed one', () => {
    const desktop = fakeBridge('electron');
    const makeWeb = vi.fn(() => fakeBridge('browser'));
    expect(selectBridge({ oncedesk: desktop }, makeWeb)).toBe(desktop);
    expect(makeWeb).not.toHaveBeenCalled();
  });

  it('falls back to the web bridge in a plain browser', async () => {
    const bridge = selectBridge({}, () => fakeBridge('browser'));
    await expect(bridge.appInfo({})).resolves.toMatchObject({ shell: 'browser' });
  });
});

describe('getBridge', () => {
  it('chooses once and keeps that choice for every later call', () => {
    const desktop = fakeBridge('electron');
    vi.stubGlobal('window', { oncedesk: desktop });
    try {
      expect(getBridge()).toBe(desktop);
      vi.stubGlobal('window', {});
      expect(getBridge()).toBe(desktop);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
