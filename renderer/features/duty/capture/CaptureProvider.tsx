import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Snackbar } from '@mui/material';
import { useI18n } from '../../../i18n/useI18n';
import { CaptureContext, type CaptureControls, type CaptureSource } from './captureContext';
import { CaptureDialog } from './CaptureDialog';

/** F8 opens the capture from any screen, even from a text field: one key, the same everywhere. */
export const captureKey = 'F8';

/**
 * Quick capture of a bottleneck note (堵点) from anywhere in the app: one shortcut, pre-filled from the
 * case on screen, saved with Ctrl+Enter — a few seconds for a practiced clerk.
 */
export const CaptureProvider = ({ children, enabled }: { children: ReactNode; enabled: boolean }) => {
  const { t } = useI18n();
  const sourceRef = useRef<CaptureSource | null>(null);
  // The dialog stays mounted and is opened and closed through `open`, so MUI restores the page it hid
  // from assistive technology (aria-hidden on the root) on close; a new key gives each capture a fresh form.
  const [session, setSession] = useState<{ key: number; source: CaptureSource | null; open: boolean }>({
    key: 0,
    source: null,
    open: false,
  });
  const [saved, setSaved] = useState(false);

  const open = useCallback((source?: CaptureSource | null) => {
    setSession((previous) => ({
      key: previous.key + 1,
      source: source === undefined ? sourceRef.current : source,
      open: true,
    }));
  }, []);
  const setSource = useCallback((source: CaptureSource | null) => {
    sourceRef.current = source;
  }, []);
  const controls = useMemo<CaptureControls>(() => ({ open, setSource }), [open, setSource]);

  useEffect(() => {
    if (!enabled) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== captureKey || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.defaultPrevented || session.open) return;
      event.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled, open, session.open]);

  return (
    <CaptureContext.Provider value={controls}>
      {children}
      <CaptureDialog
        key={session.key}
        open={session.open}
        source={session.source}
        onClose={(didSave) => {
          setSession((previous) => ({ ...previous, open: false }));
          if (didSave) setSaved(true);
        }}
      />
      <Snackbar
        open={saved}
        autoHideDuration={3000}
        onClose={() => setSaved(false)}
        message={t('duty.capture.saved')}
      />
    </CaptureContext.Provider>
  );
};
