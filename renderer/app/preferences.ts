import { useCallback, useSyncExternalStore } from 'react';

/** Per-machine display preferences (not synced): large-font mode for older applicants (适老化). */
const largeFontKey = 'oncedesk.largeFont';
const listeners = new Set<() => void>();

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useLargeFont = (): [boolean, (on: boolean) => void] => {
  const largeFont = useSyncExternalStore(subscribe, () => localStorage.getItem(largeFontKey) === '1');
  const setLargeFont = useCallback((on: boolean) => {
    localStorage.setItem(largeFontKey, on ? '1' : '0');
    listeners.forEach((listener) => listener());
  }, []);
  return [largeFont, setLargeFont];
};
