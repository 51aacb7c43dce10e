import { createContext, useContext, useEffect } from 'react';
import type { CaseId, ItemId, WindowId } from '../../../../shared/ids';

/** What a note captured from a case is pre-filled with. */
export type CaptureSource = {
  caseId: CaseId;
  itemId: ItemId;
  itemName: string;
  windowId: WindowId;
  applicantName: string;
};

export type CaptureControls = {
  /** Opens the capture dialog, pre-filled from `source` or else from the screen's current case. */
  open: (source?: CaptureSource | null) => void;
  /** The case on screen, if any: F8 pre-fills from it. */
  setSource: (source: CaptureSource | null) => void;
};

export const CaptureContext = createContext<CaptureControls | null>(null);

export const useCapture = (): CaptureControls => {
  const controls = useContext(CaptureContext);
  if (!controls) throw new Error('useCapture outside CaptureProvider');
  return controls;
};

/** A screen showing a case names it, so F8 from there captures a note about that case. */
export const useCaptureSource = (source: CaptureSource | null) => {
  const { setSource } = useCapture();
  const key = source ? source.caseId : null;
  useEffect(() => {
    setSource(source);
    return () => setSource(null);
    // The source is identified by its case; a re-render with an equal object must not re-register.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, setSource]);
};
