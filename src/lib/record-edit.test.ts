import { describe, expect, it } from 'vitest';
import type { HouseholdRecord } from '../data/types';
import { editDiff, rebase, toggleTag } from './record-edit';

const record = { id: 1, head_name: '王建国', size: 3, notes: null, tags: ['tenant'] } as unknown as HouseholdRecord;

describe('record edit', () => {
  it('sends only changed fields, each with the value it was based on', () => {
    expect(editDiff(record, { head_name: ' 王建国 ', size: 4, notes: '' })).toEqual({ base: { size: 3 }, changes: { size: 4 } });
    expect(editDiff(record, { notes: '行动不便' })).toEqual({ base: { notes: null }, changes: { notes: '行动不便' } });
  });

  it('rebases changes on the record as it is now', () => {
    expect(rebase({ ...record, size: 5 }, { size: 4 })).toEqual({ size: 5 });
  });

  it('toggles a tag without reordering the others, so an untouched list is no change', () => {
    expect(toggleTag(['tenant', 'elderly_alone'], 'veteran')).toEqual(['tenant', 'elderly_alone', 'veteran']);
    expect(toggleTag(['tenant', 'elderly_alone', 'veteran'], 'elderly_alone')).toEqual(['tenant', 'veteran']);
    expect(editDiff(record, { tags: toggleTag(toggleTag(record.tags, 'veteran'), 'veteran') })).toEqual({ base: {}, changes: {} });
    expect(editDiff(record, { tags: toggleTag(record.tags, 'veteran') })).toEqual({ base: { tags: ['tenant'] }, changes: { tags: ['tenant', 'veteran'] } });
  });
});
