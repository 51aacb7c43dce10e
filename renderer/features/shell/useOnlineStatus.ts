import { useSyncExternalStore } from 'react';

const subscribe = (listener: () => void) => {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
};

/**
 * The browser's view of the network. `navigator.onLine` only knows whether a network interface is up,
 * not whether the sync server answers; the sync engine refines this with its health probe.
 */
export const useOnlineStatus = (): boolean => useSyncExternalStore(subscribe, () => navigator.onLine);
