import { describe, expect, it } from 'vitest';
import { plateTarget } from './plate-rows';

describe('plate target', () => {
  it('reads a grid or a courtyard id from the address, the grid first', () => {
    expect(plateTarget('?grid=12')).toEqual({ grid: 12 });
    expect(plateTarget('?courtyard=7')).toEqual({ courtyard: 7 });
    expect(plateTarget('?grid=12&courtyard=7')).toEqual({ grid: 12 });
  });

  it('ignores what is not a positive whole number', () => {
    for (const bad of ['', '?grid=', '?grid=0', '?grid=-1', '?grid=1.5', '?grid=01-02', '?courtyard=x']) expect(plateTarget(bad), bad).toBeNull();
  });
});
