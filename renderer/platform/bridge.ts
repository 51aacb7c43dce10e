import type { DesktopBridge } from '../../shared/ipc/contract';
import { browserEnvironment, createWebBridge } from './webBridge';

declare global {
  // Global augmentation only works by merging into the DOM's Window interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    /** Exposed by electron/preload.ts; absent in a plain browser. */
    oncedesk?: DesktopBridge;
  }
}

/** The preload's bridge when running in the desktop shell, otherwise the browser implementation. */
export const selectBridge = (
  page: { oncedesk?: DesktopBridge | undefined },
  makeWebBridge: () => DesktopBridge,
): DesktopBridge => page.oncedesk ?? makeWebBridge();

let chosen: DesktopBridge | null = null;

/**
 * Features call this instead of checking for Electron: the choice is made once, on first use at start-up,
 * and every later call gets the same object.
 */
export const getBridge = (): DesktopBridge => {
  chosen ??= selectBridge(window, () => createWebBridge(browserEnvironment()));
  return chosen;
};
