import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

function lookup(obj: object, key: string): string {
  return key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj) as string;
}

describe('messages', () => {
  it('has the same keys and placeholders in both languages', () => {
    expect(keys(en)).toEqual(keys(zhCN));
    for (const key of keys(zhCN)) expect(placeholders(lookup(en, key)), key).toEqual(placeholders(lookup(zhCN, key)));
  });

  it('translates every error key the migrations raise, with their parameters', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('../../supabase/migrations/', import.meta.url);
    const sql = readdirSync(dir).map((f) => readFileSync(new URL(f, dir), 'utf8')).join('\n');
    const raised = [...sql.matchAll(/private\.fail\('error\.(\w+)'[\s\S]*?(?:jsonb_build_object\(([^;]*?)\)\);|'\{\}'::jsonb\))/g)];
    expect(raised.length).toBeGreaterThanOrEqual(12);
    for (const [, key, args] of raised) {
      const message = (zhCN.error as Record<string, string>)[key!];
      expect(message, key).toBeDefined();
      const params = [...(args ?? '').matchAll(/'(\w+)',/g)].map((m) => m[1]);
      for (const p of params) expect(message, `${key} uses ${p}`).toContain(`{{${p}`);
    }
  });

  it('interpolates lists and numbers', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'zh-CN', resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } }, interpolation: { escapeValue: false } });
    expect(i18n.t('error.unknown_household_tag', { tags: ['a', 'b'] })).toBe('未知的住户标签：a和b');
    expect(i18n.t('error.point_outside_grids', { lon: 112.123456789, lat: 37.5 })).toBe('位置（112.123457, 37.5）不在任何网格内');
  });
});
