import { describe, expect, it } from 'vitest';
import { openCase } from '../model/fixtures';
import { pruneTicks, tickKey, withTicks } from './optimistic';

describe('optimistic ticks', () => {
  it('shows ticks on top of the stored lists, keeping the recorded order', () => {
    const shown = withTicks(openCase, {
      [tickKey('material', 'hkb')]: { value: true, settled: false },
      [tickKey('material', 'sfz')]: { value: false, settled: false },
      [tickKey('step', 'hc')]: { value: true, settled: true },
    });
    expect(shown.receivedMaterialIds).toEqual(['hkb']);
    expect(shown.completedStepIds).toEqual(['sq', 'hc']);
    expect(withTicks(openCase, {})).toBe(openCase);
  });

  it('drops only settled ticks the stored row agrees with', () => {
    const ticks = {
      [tickKey('material', 'sfz')]: { value: true, settled: true },
      [tickKey('material', 'hkb')]: { value: true, settled: true },
      [tickKey('step', 'sq')]: { value: true, settled: false },
    };
    expect(Object.keys(pruneTicks(ticks, openCase))).toEqual(['material:hkb', 'step:sq']);
  });
});
