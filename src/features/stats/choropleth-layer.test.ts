import { describe, expect, it } from 'vitest';
import { choroplethColour, classColours } from './choropleth-layer';

const PALETTE = ['#1', '#2', '#3', '#4', '#5'];

describe('choropleth layer', () => {
  it('keeps the far end of the palette when there are fewer classes than colours', () => {
    expect(classColours({ min: 0, max: 9, thresholds: [3] }, PALETTE)).toEqual(['#4', '#5']);
    expect(classColours({ min: 0, max: 9, thresholds: [1, 2, 3, 4] }, PALETTE)).toEqual(PALETTE);
  });

  it('steps through the thresholds on the feature state and leaves grids without a value clear', () => {
    expect(choroplethColour({ min: 0, max: 9, thresholds: [3, 6] }, PALETTE)).toEqual([
      'case',
      ['==', ['typeof', ['feature-state', 'choropleth']], 'number'],
      ['step', ['feature-state', 'choropleth'], '#3', 3, '#4', 6, '#5'],
      'rgba(0,0,0,0)',
    ]);
  });
});
