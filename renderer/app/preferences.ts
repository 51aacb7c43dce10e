import { useCallback, useSyncExternalStore } from 'react';

/** Per-machine display preferences (not synced): large-font mode for older applicants (适老化). */
const largeFontKey = 'oncedesk.largeFont';
const listeners = new Set<() => void>();

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  // The desk's other window (the applicant screen, 群众屏) follows a change made in 设置 at once; the
  // browser tells other windows of the same origin through the storage event (null: storage cleared).
  const onStorage = (event: StorageEvent) => {
    if (event.key === largeFontKey || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
};

export const useLargeFont = (): [boolean, (on: boolean) => void] => {
  const largeFont = useSyncExternalStore(subscribe, () => localStorage.getItem(largeFontKey) === '1');
  const setLargeFont = useCallback((on: boolean) => {
    localStorage.setItem(largeFontKey, on ? '1' : '0');
    listeners.forEach((listener) => listener());
  }, []);
  return [largeFont, setLargeFont];
};
