import { describe, expect, it, vi } from 'vitest';
import {
  APP_APPLICANT_URL,
  applicantWindowPlacement,
  createApplicantWindowOpener,
  type ApplicantWindowHandle,
} from './applicantWindow';

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 } };
const counterScreen = { id: 7, bounds: { x: 1366, y: 0, width: 1920, height: 1080 } };

describe('applicantWindowPlacement', () => {
  it('goes full screen on the display the clerk is not using', () => {
    expect(applicantWindowPlacement([laptop, counterScreen], 1)).toEqual({
      ...counterScreen.bounds,
      fullscreen: true,
    });
    expect(applicantWindowPlacement([laptop, counterScreen], 7)).toEqual({
      ...laptop.bounds,
      fullscreen: true,
    });
  });

  it('stays a normal window when there is only one display, so it never covers the clerk’s work', () => {
    expect(applicantWindowPlacement([laptop], 1)).toEqual({ width: 1280, height: 720, fullscreen: false });
    expect(applicantWindowPlacement([laptop, counterScreen], null).fullscreen).toBe(false);
  });
});

const fakeWindow = () => {
  const listeners: Record<string, () => void> = {};
  const window = {
    isDestroyed: vi.fn(() => false),
    isMinimized: vi.fn(() => false),
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
    close: vi.fn(),
    once: vi.fn((event: string, listener: () => void) => (listeners[event] = listener)),
    on: vi.fn((event: string, listener: () => void) => (listeners[event] = listener)),
    loadURL: vi.fn(() => Promise.resolve()),
  } satisfies ApplicantWindowHandle;
  return { window, emit: (event: string) => listeners[event]?.() };
};

const setup = () => {
  const made: ReturnType<typeof fakeWindow>[] = [];
  const createWindow = vi.fn(() => {
    const next = fakeWindow();
    made.push(next);
    return next.window;
  });
  const opener = createApplicantWindowOpener({
    createWindow,
    displays: () => [laptop, counterScreen],
    clerkDisplayId: () => 1,
    url: APP_APPLICANT_URL,
  });
  return { opener, createWindow, made };
};

describe('createApplicantWindowOpener', () => {
  it('opens one window on the applicant route and shows it once it has painted', () => {
    const { opener, createWindow, made } = setup();
    opener.open();
    expect(createWindow).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ show: false, fullscreen: true, x: 1366 }),
    );
    expect(made[0]!.window.loadURL).toHaveBeenCalledWith('app://oncedesk/index.html#/applicant');
    expect(made[0]!.window.show).not.toHaveBeenCalled();
    made[0]!.emit('ready-to-show');
    expect(made[0]!.window.show).toHaveBeenCalled();
  });

  it('brings the open window forward instead of opening a second one', () => {
    const { opener, createWindow, made } = setup();
    opener.open();
    made[0]!.window.isMinimized.mockReturnValue(true);
    opener.open();
    expect(createWindow).toHaveBeenCalledTimes(1);
    expect(made[0]!.window.restore).toHaveBeenCalled();
    expect(made[0]!.window.focus).toHaveBeenCalled();
  });

  it('opens a new window after the applicant closed the old one', () => {
    const { opener, createWindow, made } = setup();
    opener.open();
    made[0]!.emit('closed');
    opener.open();
    expect(createWindow).toHaveBeenCalledTimes(2);
  });

  it('closes the window with the clerk’s window', () => {
    const { opener, made } = setup();
    opener.close();
    opener.open();
    opener.close();
    expect(made[0]!.window.close).toHaveBeenCalledTimes(1);
  });
});
