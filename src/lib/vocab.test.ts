import { describe, expect, it } from 'vitest';
import { vocabLabel, vocabName } from './vocab';

const tags = [{ code: 'tenant', name_zh: '租户', name_en: 'Tenant' }];

describe('vocabulary names', () => {
  it('uses the Chinese name for any zh locale and the English one otherwise', () => {
    expect(vocabName(tags[0]!, 'zh-CN')).toBe('租户');
    expect(vocabName(tags[0]!, 'zh')).toBe('租户');
    expect(vocabName(tags[0]!, 'en')).toBe('Tenant');
  });
  it('falls back to the code for unknown entries or a list not loaded yet', () => {
    expect(vocabLabel(tags, 'tenant', 'en')).toBe('Tenant');
    expect(vocabLabel(tags, 'vacant', 'zh-CN')).toBe('vacant');
    expect(vocabLabel(undefined, 'tenant', 'zh-CN')).toBe('tenant');
  });
});
