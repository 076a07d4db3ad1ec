import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, originOf } from './csp';

describe('contentSecurityPolicy', () => {
  it('allows only the app itself when nothing is configured (the embedded default)', () => {
    const policy = contentSecurityPolicy({});
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self' data: blob:;");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain(" 'unsafe-eval'");
  });

  it('adds the Supabase project (with its Realtime websocket) and the tile server', () => {
    const policy = contentSecurityPolicy({
      VITE_SUPABASE_URL: 'https://abc.supabase.co/',
      VITE_BASEMAP_URL: 'https://t{s}.tianditu.gov.cn/vec_w/wmts?x={x}&y={y}&z={z}',
    });
    expect(policy).toContain('connect-src \'self\' data: blob: https://abc.supabase.co wss://abc.supabase.co https://t*.tianditu.gov.cn');
    expect(policy).toContain('img-src \'self\' data: blob: https://t*.tianditu.gov.cn');
  });

  it('ignores what is not an http(s) URL', () => {
    expect(originOf('javascript:alert(1)')).toBeNull();
    expect(originOf('')).toBeNull();
    expect(originOf('HTTP://Example.com:8080/x')).toBe('http://Example.com:8080');
  });
});
