export type Rgb = [number, number, number];

/** '#e53935' → [229, 57, 53]; the database checks statuses' colours are in this form. */
export function hexToRgb(hex: string, fallback: Rgb = [120, 120, 120]): Rgb {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) return fallback;
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
