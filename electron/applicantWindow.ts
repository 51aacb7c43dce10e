import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { APP_ENTRY_URL } from './security';

/** The applicant screen's route in the renderer (hash routing, see renderer/app/routes.tsx). */
export const APP_APPLICANT_URL = `${APP_ENTRY_URL}#/applicant`;

export type DisplayInfo = { id: number; bounds: Rectangle };

/** The window parts the opener uses; a BrowserWindow has them all. */
export type ApplicantWindowHandle = {
  isDestroyed: () => boolean;
  isMinimized: () => boolean;
  restore: () => void;
  show: () => void;
  focus: () => void;
  close: () => void;
  once: (event: 'ready-to-show', listener: () => void) => unknown;
  on: (event: 'closed', listener: () => void) => unknown;
  loadURL: (url: string) => Promise<void>;
};

export type ApplicantWindowDeps = {
  /** Builds the window; the caller adds the hardened web preferences. */
  createWindow: (options: BrowserWindowConstructorOptions) => ApplicantWindowHandle;
  displays: () => DisplayInfo[];
  /** The display the clerk's window is on, or null if there is no clerk window. */
  clerkDisplayId: () => number | null;
  url: string;
};

/**
 * Where the applicant screen goes: full screen on a display other than the clerk's (the one facing the
 * counter), or, with a single display, a normal window beside the clerk's work rather than over it.
 */
export const applicantWindowPlacement = (
  displays: DisplayInfo[],
  clerkDisplayId: number | null,
): Pick<BrowserWindowConstructorOptions, 'x' | 'y' | 'width' | 'height' | 'fullscreen'> => {
  const other = displays.find((display) => display.id !== clerkDisplayId);
  if (other && clerkDisplayId !== null) return { ...other.bounds, fullscreen: true };
  return { width: 1280, height: 720, fullscreen: false };
};

/** Opens the applicant screen once; asking again brings the same window forward. */
export const createApplicantWindowOpener = (deps: ApplicantWindowDeps) => {
  let current: ApplicantWindowHandle | null = null;
  const open = (): void => {
    if (current && !current.isDestroyed()) {
      if (current.isMinimized()) current.restore();
      current.show();
      current.focus();
      return;
    }
    const window = deps.createWindow({
      ...applicantWindowPlacement(deps.displays(), deps.clerkDisplayId()),
      show: false,
      autoHideMenuBar: true,
      backgroundColor: '#ffffff',
    });
    current = window;
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      if (current === window) current = null;
    });
    void window.loadURL(deps.url);
  };
  const close = (): void => {
    if (current && !current.isDestroyed()) current.close();
    current = null;
  };
  return { open, close };
};
