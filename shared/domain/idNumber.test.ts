import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCharacterOf, maskIdNumber, normalizeIdNumber, validateIdNumber } from './idNumber';

const now = new Date('2026-11-27T02:00:00.000Z');
const withCheck = (first17: string) => `${first17}${checkCharacterOf(first17)}`;
/** 370811 is 济宁市任城区. */
const jiningBorn1990 = withCheck('37081119900307123');

describe('checkCharacterOf', () => {
  it('computes the ISO 7064 MOD 11-2 check character of known numbers', () => {
    expect(checkCharacterOf('11010519491231002')).toBe('X');
    expect(checkCharacterOf('44052419800101001')).toBe('3');
    // The weighted sum of 17 zeros is 0, whose check character is 1.
    expect(checkCharacterOf('00000000000000000')).toBe('1');
  });
});

describe('validateIdNumber', () => {
  it('accepts valid numbers, including an X check character', () => {
    expect(validateIdNumber('11010519491231002X', now)).toEqual({ ok: true, idNumber: '11010519491231002X' });
    expect(validateIdNumber('440524198001010013', now)).toEqual({ ok: true, idNumber: '440524198001010013' });
    expect(validateIdNumber(jiningBorn1990, now).ok).toBe(true);
  });

  it('normalizes what an IME produces: lowercase x, full-width digits and x, spaces and hyphens', () => {
    const expected = { ok: true, idNumber: '11010519491231002X' };
    expect(validateIdNumber('11010519491231002x', now)).toEqual(expected);
    expect(validateIdNumber('１１０１０５１９４９１２３１００２Ｘ', now)).toEqual(expected);
    expect(validateIdNumber('１１０１０５１９４９１２３１００２ｘ', now)).toEqual(expected);
    expect(validateIdNumber(' 110105 19491231 002X ', now)).toEqual(expected);
    expect(validateIdNumber('110105\u300019491231\t002X\n', now)).toEqual(expected);
    expect(validateIdNumber('110105-19491231-002X', now)).toEqual(expected);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['\u3000', 'empty'],
    ['11010519491231002', 'length'],
    ['11010519491231002X1', 'length'],
    ['1'.repeat(100_000), 'length'],
    ['11010519491231002A', 'format'],
    ['1101051949123100X2', 'format'],
    ['X10105194912310021', 'format'],
    ['1101051949123100\u00002', 'format'],
    ['1101051949123100😀', 'format'],
    ['11010519491231002Ⅹ', 'format'],
    ['١١٠١٠٥١٩٤٩١٢٣١٠٠٢X', 'format'],
    ['00010519491231002X', 'region'],
    ['99010519491231002X', 'region'],
    ['11010518991231002X', 'birthDate'],
    ['11010519490231002X', 'birthDate'],
    ['11010519491301002X', 'birthDate'],
    ['11010519491200002X', 'birthDate'],
    ['11010500490101002X', 'birthDate'],
    ['110105194912310021', 'checkDigit'],
  ] as const)('rejects %j as %s', (raw, error) => {
    expect(validateIdNumber(raw, now)).toEqual({ ok: false, error });
  });

  it('checks the check character of 17 digits followed by a lowercase x', () => {
    // 37081119900307123 has a digit check character, so an x there is a wrong check digit, not a format error.
    const first17 = jiningBorn1990.slice(0, 17);
    expect(checkCharacterOf(first17)).not.toBe('X');
    expect(validateIdNumber(`${first17}x`, now)).toEqual({ ok: false, error: 'checkDigit' });
  });

  it('accepts Feb 29 in leap years only', () => {
    expect(validateIdNumber(withCheck('37081120000229001'), now).ok).toBe(true);
    expect(validateIdNumber(withCheck('37081119960229001'), now).ok).toBe(true);
    expect(validateIdNumber(withCheck('37081119000229001'), now)).toEqual({ ok: false, error: 'birthDate' });
    expect(validateIdNumber(withCheck('37081120230229001'), now)).toEqual({ ok: false, error: 'birthDate' });
  });

  it('rejects a birth date after the injected now, and accepts it once that day has come', () => {
    const born = withCheck('37081120261128001');
    expect(validateIdNumber(born, now)).toEqual({ ok: false, error: 'birthDate' });
    expect(validateIdNumber(born, new Date('2026-11-28T03:00:00.000Z')).ok).toBe(true);
    expect(validateIdNumber(withCheck('37081120261126001'), now).ok).toBe(true);
  });

  it('accepts any 17 digits with a valid region and date plus the computed check character', () => {
    const province = fc.constantFrom('11', '31', '37', '44', '65', '81', '83');
    const day = fc
      .date({
        min: new Date('1900-01-01T00:00:00Z'),
        max: new Date('2026-11-26T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10).replaceAll('-', ''));
    const digits = (length: number) => fc.stringMatching(new RegExp(`^\\d{${length}}$`));
    fc.assert(
      fc.property(province, digits(4), day, digits(3), (prefix, county, birth, sequence) => {
        const idNumber = withCheck(`${prefix}${county}${birth}${sequence}`);
        expect(validateIdNumber(idNumber, now)).toEqual({ ok: true, idNumber });
      }),
    );
  });

  it('rejects a valid number with any single digit changed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 9 }), (position, delta) => {
        const original = '11010519491231002X';
        const char = original[position]!;
        // The last character may be X (10): cycle it through 0–9 and X.
        const alphabet = position === 17 ? '0123456789X' : '0123456789';
        const changedChar = alphabet[(alphabet.indexOf(char) + delta) % alphabet.length]!;
        const changed = `${original.slice(0, position)}${changedChar}${original.slice(position + 1)}`;
        expect(validateIdNumber(changed, now).ok).toBe(false);
      }),
    );
  });
});

describe('normalizeIdNumber', () => {
  it('leaves other characters for validation to reject', () => {
    expect(normalizeIdNumber('ab１２x')).toBe('ab12X');
  });
});

describe('maskIdNumber', () => {
  it('keeps the region prefix and last four, hiding the birth date', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
    expect(maskIdNumber('11010519491231002x')).toBe('1101**********002X');
    expect(maskIdNumber('１１０１０５１９４９１２３１００２Ｘ')).toBe('1101**********002X');
  });

  it('never shows the birth date of any valid number', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}$/), (first17) => {
        const masked = maskIdNumber(withCheck(first17));
        expect(masked).toHaveLength(18);
        expect(masked.slice(4, 14)).toBe('*'.repeat(10));
      }),
    );
  });

  it('masks anything that is not 18 characters entirely', () => {
    expect(maskIdNumber('')).toBe('');
    expect(maskIdNumber('11010519491231002')).toBe('*'.repeat(17));
    expect(maskIdNumber('11010519491231002X9')).toBe('*'.repeat(18));
    expect(maskIdNumber('1'.repeat(1000))).toBe('*'.repeat(18));
    expect(maskIdNumber('19491231')).not.toContain('1949');
  });
});
