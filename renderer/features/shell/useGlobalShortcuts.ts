import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { catalogSearchInputId, type Section } from '../../app/navigation';
import { isEditableTarget, shortcutFor } from './shortcuts';

/**
 * Installs the shell's shortcuts for as long as the shell is mounted and `enabled` (not while the
 * lock screen is up). `onLock` is Ctrl+L: 锁定 or 换人, whichever this desk offers.
 */
export const useGlobalShortcuts = ({
  enabled,
  onLock,
  sections,
}: {
  enabled: boolean;
  onLock: () => void;
  /** The sections this person sees, in Alt+N order. */
  sections: readonly Section[];
}) => {
  const navigate = useNavigate();
  const { pathname } = useLocation();

  useEffect(() => {
    if (!enabled) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      // Keys pressed inside an open dialog belong to that dialog.
      if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
      const shortcut = shortcutFor(
        {
          key: event.key,
          code: event.code,
          altKey: event.altKey,
          ctrlKey: event.ctrlKey,
          metaKey: event.metaKey,
          shiftKey: event.shiftKey,
          inEditable: isEditableTarget(event.target),
          defaultPrevented: event.defaultPrevented,
        },
        sections.length,
      );
      if (!shortcut) return;
      event.preventDefault();
      if (shortcut.kind === 'lock') {
        onLock();
        return;
      }
      if (shortcut.kind === 'navigate') {
        const section = sections[shortcut.index];
        if (section) void navigate(section.path);
        return;
      }
      const input = document.getElementById(catalogSearchInputId);
      if (input instanceof HTMLInputElement) {
        input.focus();
        input.select();
      } else if (pathname !== '/catalog') {
        // The catalog page focuses its search box when it mounts.
        void navigate('/catalog');
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate, pathname, enabled, onLock, sections]);
};
