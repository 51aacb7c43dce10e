import { describe, expect, it } from 'vitest';
import { shortcutFor, type ShortcutKey } from './shortcuts';

const key = (overrides: Partial<ShortcutKey>): ShortcutKey => ({
  key: '',
  code: '',
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  inEditable: false,
  defaultPrevented: false,
  ...overrides,
});

describe('shortcutFor', () => {
  it('maps Alt+digit to a section by its layout-independent code', () => {
    expect(shortcutFor(key({ key: '¡', code: 'Digit1', altKey: true }), 4)).toEqual({
      kind: 'navigate',
      index: 0,
    });
    expect(shortcutFor(key({ key: '4', code: 'Digit4', altKey: true }), 4)).toEqual({
      kind: 'navigate',
      index: 3,
    });
  });

  it('ignores Alt+digit beyond the sections and with other modifiers', () => {
    expect(shortcutFor(key({ key: '5', code: 'Digit5', altKey: true }), 4)).toBeNull();
    expect(shortcutFor(key({ key: '1', code: 'Digit1', altKey: true, ctrlKey: true }), 4)).toBeNull();
    expect(shortcutFor(key({ key: '1', code: 'Digit1' }), 4)).toBeNull();
  });

  it('works for Alt+digit and Ctrl+K even while typing', () => {
    expect(shortcutFor(key({ code: 'Digit2', altKey: true, inEditable: true }), 4)).toEqual({
      kind: 'navigate',
      index: 1,
    });
    expect(shortcutFor(key({ key: 'k', code: 'KeyK', ctrlKey: true, inEditable: true }), 4)).toEqual({
      kind: 'search',
    });
    expect(shortcutFor(key({ key: 'K', code: 'KeyK', metaKey: true }), 4)).toEqual({ kind: 'search' });
  });

  it('lets "/" be typed into fields and only jumps to search elsewhere', () => {
    expect(shortcutFor(key({ key: '/', code: 'Slash' }), 4)).toEqual({ kind: 'search' });
    expect(shortcutFor(key({ key: '/', code: 'Slash', inEditable: true }), 4)).toBeNull();
  });

  it('leaves keys another handler already used alone', () => {
    expect(shortcutFor(key({ key: '/', code: 'Slash', defaultPrevented: true }), 4)).toBeNull();
    expect(shortcutFor(key({ code: 'Digit1', altKey: true, defaultPrevented: true }), 4)).toBeNull();
  });

  it('maps Ctrl+L to locking the desk, also from a text field, not with Alt or Shift', () => {
    expect(shortcutFor(key({ key: 'l', code: 'KeyL', ctrlKey: true, inEditable: true }), 4)).toEqual({
      kind: 'lock',
    });
    expect(shortcutFor(key({ key: 'L', code: 'KeyL', ctrlKey: true, shiftKey: true }), 4)).toBeNull();
    expect(shortcutFor(key({ key: 'l', code: 'KeyL', ctrlKey: true, altKey: true }), 4)).toBeNull();
    expect(shortcutFor(key({ key: 'l', code: 'KeyL' }), 4)).toBeNull();
  });
});
