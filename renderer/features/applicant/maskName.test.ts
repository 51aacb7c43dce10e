import { describe, expect, it } from 'vitest';
import { maskName } from './maskName';

describe('maskName', () => {
  it('keeps the first character of a two-character name', () => {
    expect(maskName('张三')).toBe('张*');
  });

  it('keeps the first and last character of longer names', () => {
    expect(maskName('张小明')).toBe('张*明');
    expect(maskName('欧阳娜娜')).toBe('欧**娜');
  });

  it('leaves a one-character name and an empty one as they are', () => {
    expect(maskName('张')).toBe('张');
    expect(maskName('')).toBe('');
  });

  it('keeps separators so multi-part names keep their shape', () => {
    expect(maskName('阿依古丽·买买提')).toBe('阿***·**提');
  });

  it('ignores surrounding spaces and counts characters, not UTF-16 units', () => {
    expect(maskName(' 𠀋一 ')).toBe('𠀋*');
  });
});
