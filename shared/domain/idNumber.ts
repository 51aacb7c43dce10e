import { hallDayOf } from '../time';

/**
 * Resident identity card numbers, GB 11643-1999: 6-digit region code, 8-digit birth date, 3-digit
 * sequence, 1 check character (ISO 7064 MOD 11-2; 'X' stands for 10).
 */
export type IdNumberError = 'empty' | 'length' | 'format' | 'region' | 'birthDate' | 'checkDigit';

export type IdNumberResult = { ok: true; idNumber: string } | { ok: false; error: IdNumberError };

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const checkCharacters = '10X98765432';

/** Province-level codes in use (incl. 71 台湾, 81 香港, 82 澳门, 83 for 港澳台居民居住证). */
const provinceCodes = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61,
  62, 63, 64, 65, 71, 81, 82, 83,
]);

/** Clerks type with a Chinese IME on: accept full-width digits and x, and ignore spaces. */
export const normalizeIdNumber = (raw: string): string =>
  raw
    .replace(/[\uFF10-\uFF19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[xｘＸ]/g, 'X')
    .replace(/[\s\u3000-]/g, '');

export const checkCharacterOf = (first17: string): string => {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (weights[i] ?? 0);
  return checkCharacters[sum % 11] ?? '';
};

const isRealBirthDate = (yyyymmdd: string, now: Date): boolean => {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  const sameDate =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  // Compare calendar days in the hall's time zone: someone born "today" is valid from hall midnight.
  const birthDay = `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
  return sameDate && year >= 1900 && birthDay <= hallDayOf(now);
};

export const validateIdNumber = (raw: string, now: Date): IdNumberResult => {
  const idNumber = normalizeIdNumber(raw);
  if (idNumber === '') return { ok: false, error: 'empty' };
  if (idNumber.length !== 18) return { ok: false, error: 'length' };
  if (!/^\d{17}[\dX]$/.test(idNumber)) return { ok: false, error: 'format' };
  if (!provinceCodes.has(Number(idNumber.slice(0, 2)))) return { ok: false, error: 'region' };
  if (!isRealBirthDate(idNumber.slice(6, 14), now)) return { ok: false, error: 'birthDate' };
  if (checkCharacterOf(idNumber.slice(0, 17)) !== idNumber[17]) return { ok: false, error: 'checkDigit' };
  return { ok: true, idNumber };
};

/**
 * Masked form for screens and exports: keeps the region prefix and the last four characters so a
 * clerk can still match a card, and hides the birth date. Anything that is not a full ID number is
 * masked entirely rather than shown.
 */
export const maskIdNumber = (idNumber: string): string => {
  const normalized = normalizeIdNumber(idNumber);
  if (normalized.length !== 18) return '*'.repeat(Math.min(normalized.length, 18));
  return `${normalized.slice(0, 4)}${'*'.repeat(10)}${normalized.slice(14)}`;
};
