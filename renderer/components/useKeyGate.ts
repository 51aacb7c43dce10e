import { useCallback, useEffect, useRef } from 'react';

/**
 * Keys typed before the clerk could see what they answer are not taken as an answer. A dialog that
 * opens by itself (好差评 after 结束办理) or that has just refused a choice holds its keys for a moment:
 * a clerk who typed "1 Enter 5 Enter" meaning 一次办结 then 非常满意 must not, when 一次办结 is refused,
 * have "5 Enter" record 转网上办理. Pressing a key does not extend the hold; it simply does nothing.
 */
export const useKeyGate = (holdMs: number, heldAtStart: boolean) => {
  // Held from the first render until the mount effect starts the clock: no key reaches a dialog that
  // opened by itself before it is on screen.
  const heldUntil = useRef<number | null>(heldAtStart ? Number.POSITIVE_INFINITY : null);
  const hold = useCallback(() => {
    heldUntil.current = performance.now() + holdMs;
  }, [holdMs]);
  useEffect(() => {
    if (heldAtStart) hold();
  }, [heldAtStart, hold]);
  const accepts = useCallback(() => heldUntil.current === null || performance.now() >= heldUntil.current, []);
  return { accepts, hold };
};

/** How long a dialog ignores keys after it opened by itself or refused a choice. */
export const keyHoldMs = 800;
