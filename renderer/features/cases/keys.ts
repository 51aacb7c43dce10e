/**
 * True for a key pressed without modifiers outside any text field or dialog: the case screens' single
 * letter shortcuts (N, J, K) must never fire while a clerk types a name or a note.
 */
export const isPlainKey = (event: KeyboardEvent): boolean => {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.isComposing)
    return false;
  const target = event.target;
  if (!(target instanceof HTMLElement)) return true;
  if (target.closest('[role="dialog"]')) return false;
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
    return false;
  if (target instanceof HTMLInputElement) return ['checkbox', 'radio', 'button'].includes(target.type);
  return true;
};
