import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, loadWindowState, restoreBounds, saveWindowState } from './windowState';

const screen = { x: 0, y: 0, width: 1920, height: 1040 };
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oncedesk-window-'));
  dirs.push(dir);
  return dir;
};

describe('restoreBounds', () => {
  it('opens maximized at the default size the first time', () => {
    expect(restoreBounds(null, [screen])).toEqual({ bounds: DEFAULT_SIZE, maximized: true });
  });

  it('restores bounds that are still on a display', () => {
    const saved = { x: 100, y: 50, width: 1200, height: 800, maximized: false };
    expect(restoreBounds(saved, [screen])).toEqual({
      bounds: { x: 100, y: 50, width: 1200, height: 800 },
      maximized: false,
    });
  });

  it('drops the position when the window would be mostly off screen (monitor unplugged)', () => {
    const saved = { x: 2000, y: 0, width: 1200, height: 800, maximized: false };
    expect(restoreBounds(saved, [screen])).toEqual({ bounds: DEFAULT_SIZE, maximized: false });
    const mostlyOff = { x: 1700, y: 700, width: 1200, height: 800, maximized: false };
    expect(restoreBounds(mostlyOff, [screen]).bounds).toEqual(DEFAULT_SIZE);
    const secondScreen = { x: 1920, y: 0, width: 1280, height: 1024 };
    expect(restoreBounds(saved, [screen, secondScreen]).bounds).toMatchObject({ x: 2000 });
  });
});

describe('load and save', () => {
  it('round-trips a valid state', () => {
    const dir = tempDir();
    const state = { x: 10, y: 20, width: 1300, height: 900, maximized: true };
    saveWindowState(dir, state);
    expect(loadWindowState(dir)).toEqual(state);
  });

  it('treats missing, corrupt or implausible files as no state', () => {
    const dir = tempDir();
    expect(loadWindowState(dir)).toBeNull();
    fs.writeFileSync(path.join(dir, 'window-state.json'), '{not json');
    expect(loadWindowState(dir)).toBeNull();
    fs.writeFileSync(
      path.join(dir, 'window-state.json'),
      JSON.stringify({ x: 0, y: 0, width: 1, height: 1, maximized: false }),
    );
    expect(loadWindowState(dir)).toBeNull();
  });
});
