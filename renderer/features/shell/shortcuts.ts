/**
 * Global keyboard shortcuts. They are deliberately few and use modifiers the case screen does not:
 * Alt+digit switches sections, `/` and Ctrl+K jump to the catalog search, Ctrl+L locks the desk (or
 * switches the clerk on a standalone desk). Plain keys never fire while the clerk is typing, so `/` can
 * still be typed into a field; Ctrl+L works from a field too, a clerk leaving in a hurry should not
 * have to click away first.
 */
export type ShellShortcut = { kind: 'navigate'; index: number } | { kind: 'search' } | { kind: 'lock' };

export type ShortcutKey = {
  key: string;
  /** `KeyboardEvent.code`: layout-independent, so Alt+1 works with any keyboard layout or IME. */
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  /** The event started in a text field, a select or an editable element. */
  inEditable: boolean;
  /** Another handler (a dialog, the case screen) already acted on the key. */
  defaultPrevented: boolean;
};

export const shortcutFor = (event: ShortcutKey, sectionCount: number): ShellShortcut | null => {
  if (event.defaultPrevented) return null;
  const digit = /^Digit([1-9])$/.exec(event.code)?.[1];
  if (event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && digit) {
    const index = Number(digit) - 1;
    return index < sectionCount ? { kind: 'navigate', index } : null;
  }
  const ctrlOrMeta = event.ctrlKey || event.metaKey;
  if (ctrlOrMeta && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k')
    return { kind: 'search' };
  // By code, like Alt+digit: KeyL is the same key whatever the layout or IME.
  if (ctrlOrMeta && !event.altKey && !event.shiftKey && event.code === 'KeyL') return { kind: 'lock' };
  if (event.key === '/' && !ctrlOrMeta && !event.altKey && !event.inEditable) return { kind: 'search' };
  return null;
};

export const isEditableTarget = (target: EventTarget | null): boolean => {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement)
    return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(target.type);
  return false;
};
