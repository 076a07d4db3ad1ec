export type Rgb = [number, number, number];

/** '#e53935' → [229, 57, 53]; the database checks statuses' colours are in this form. */
export function hexToRgb(hex: string, fallback: Rgb = [120, 120, 120]): Rgb {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) return fallback;
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Four-colour courtyard safety risk (四色管控): 红 major, 橙 considerable, 黄 general, 蓝 low. */
export const RISK_COLOURS: Readonly<Record<'red' | 'orange' | 'yellow' | 'blue', string>> = {
  red: '#d32f2f',
  orange: '#f57c00',
  yellow: '#fbc02d',
  blue: '#1976d2',
};
