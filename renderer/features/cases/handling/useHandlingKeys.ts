import { useEffect, type RefObject } from 'react';
import { isPlainKey } from '../keys';

const navInputs = (root: HTMLElement): HTMLInputElement[] => [
  ...root.querySelectorAll<HTMLInputElement>('[data-nav-row] input[type="checkbox"]'),
];

/**
 * The handling screen's keys: ↑/↓ or J/K walk the steps and then the materials, Space ticks (the
 * checkbox's own behaviour), F9 or Ctrl+Enter opens the finish dialog. Inactive while a dialog is open.
 */
export const useHandlingKeys = (
  root: RefObject<HTMLElement | null>,
  active: boolean,
  onFinish: () => void,
) => {
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      // Keys pressed inside any dialog (the bottleneck capture opened over this screen with F8) belong
      // to that dialog: its Ctrl+Enter saves it, and must not also open 办结 behind it.
      if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
      if (event.key === 'F9' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey))) {
        event.preventDefault();
        onFinish();
        return;
      }
      const step = { ArrowDown: 1, ArrowUp: -1, j: 1, k: -1, J: 1, K: -1 }[event.key];
      if (step === undefined || !isPlainKey(event) || !root.current) return;
      const inputs = navInputs(root.current);
      if (inputs.length === 0) return;
      event.preventDefault();
      const current = inputs.indexOf(document.activeElement as HTMLInputElement);
      const next = current === -1 ? 0 : Math.max(0, Math.min(inputs.length - 1, current + step));
      inputs[next]?.focus();
      inputs[next]?.closest('[data-nav-row]')?.scrollIntoView({ block: 'nearest' });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [root, active, onFinish]);
};

/** Where a reopened case continues: the next step, else the first missing material, else nothing. */
export const focusNavRow = (root: HTMLElement | null, navId: string | null) => {
  if (!root || !navId) return;
  const input = root.querySelector<HTMLInputElement>(`[data-nav-id="${CSS.escape(navId)}"] input`);
  input?.focus({ preventScroll: false });
};
