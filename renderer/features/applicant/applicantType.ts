/**
 * Type sizes for the applicant screen, tied to the window height so a 1366×768 hall screen and a
 * 1920×1080 one both fill with text readable from one to two metres (about 27 px and up on 768).
 */
export const applicantType = {
  hero: 'clamp(30px, 5.6vh, 72px)',
  title: 'clamp(24px, 4.2vh, 54px)',
  body: 'clamp(20px, 3.5vh, 44px)',
  small: 'clamp(17px, 2.6vh, 32px)',
} as const;

/** High contrast on white: near-black text, the theme's deep blue, and a green dark enough for text. */
export const applicantColour = {
  text: '#111827',
  muted: '#374151',
  accent: '#143a6b',
  accentSoft: '#e8eef7',
  done: '#14532d',
  doneSoft: '#e7f5ec',
  needed: '#7c2d12',
  line: '#c9d2de',
} as const;
