// The built app's Content-Security-Policy, as a <meta> tag so any static host serves it (a host that can send
// headers should send the same policy plus `frame-ancestors 'none'`, which a meta tag cannot carry). Built from
// the configured origins: the Supabase project (HTTPS and its Realtime websocket) and the basemap tile server.
// Only at build time: the dev server injects inline scripts for hot reload.
import type { Plugin } from 'vite';
import { loadEnv } from 'vite';

/** scheme://host[:port] of a URL or URL template ({z}/{x}/{y} placeholders are fine), or null. */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  const match = /^(https?):\/\/([^/?#]+)/i.exec(url.trim());
  return match ? `${match[1]!.toLowerCase()}://${match[2]!.replace(/\{[a-z]\}/gi, '*')}` : null;
}

export function contentSecurityPolicy(env: Record<string, string | undefined>): string {
  const supabase = originOf(env.VITE_SUPABASE_URL);
  const tiles = originOf(env.VITE_BASEMAP_URL);
  const realtime = supabase?.replace(/^http/, 'ws') ?? null;
  const list = (...items: (string | null)[]) => items.filter((x): x is string => x !== null).join(' ');
  return [
    `default-src 'self'`,
    // PGlite compiles PostgreSQL's WebAssembly; nothing evaluates JavaScript from strings.
    `script-src 'self' 'wasm-unsafe-eval'`,
    // MapLibre starts its workers from blob: URLs.
    `worker-src 'self' blob:`,
    // Map and chart libraries set element styles; no stylesheet comes from elsewhere.
    `style-src 'self' 'unsafe-inline'`,
    `img-src ${list(`'self'`, 'data:', 'blob:', tiles)}`,
    `font-src 'self' data:`,
    `connect-src ${list(`'self'`, 'data:', 'blob:', supabase, realtime, tiles)}`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
  ].join('; ');
}

export function cspMeta(): Plugin {
  let policy = '';
  return {
    name: 'gridgov-csp',
    apply: 'build',
    configResolved(config) {
      policy = contentSecurityPolicy(loadEnv(config.mode, config.envDir ?? config.root, 'VITE_'));
    },
    transformIndexHtml() {
      return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }];
    },
  };
}
