/**
 * Whether a screen just arrived at may take the focus, so its keyboard hint works at once: nobody is
 * anywhere yet — the page body, the main area (the skip link's target) or the navigation the clerk came
 * from (Alt+N, a click on the menu). A clerk already typing in a search or working in a dialog keeps
 * their place.
 */
export const focusIsFree = (): boolean => {
  const active = document.activeElement;
  return (
    active === null ||
    active === document.body ||
    active.id === 'main-content' ||
    active.closest('nav') !== null
  );
};
