// The 星级创建牌 as one SVG document, A5 portrait (148 × 210 mm, user units are millimetres): title, courtyard code
// and name, stars, the risk colour band, address and the QR code to its public page. Pure string building, so
// print, download and tests share it; every text from the database is escaped.
import type { RiskLevel } from '../data/types';
import { RISK_HEX, RISK_INK, starString } from './risk-level';

export const PLATE_WIDTH_MM = 148;
export const PLATE_HEIGHT_MM = 210;

export interface PlateContent {
  code: string;
  name: string;
  address: string;
  stars: number | null;
  risk: RiskLevel;
  /** The QR code as an SVG document (qrcode's toString type 'svg'). */
  qrSvg: string;
  labels: { title: string; risk: string; scan: string; district: string };
}

export function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

/** Places the QR code's own <svg> at (x, y) with the given size inside the plate; drops its XML prolog. */
export function placeQr(qrSvg: string, x: number, y: number, size: number): string {
  const body = qrSvg.replace(/<\?xml[^>]*>/, '').trim();
  return body.replace(/^<svg\b/, `<svg x="${x}" y="${y}" width="${size}" height="${size}"`);
}

/** Splits a long line into at most `lines` pieces of `perLine` characters (CJK text has no spaces to wrap at). */
export function wrapText(s: string, perLine: number, lines: number): string[] {
  const chars = [...s];
  const out: string[] = [];
  for (let i = 0; i < chars.length && out.length < lines; i += perLine) out.push(chars.slice(i, i + perLine).join(''));
  if (chars.length > perLine * lines) out[lines - 1] = `${[...out[lines - 1]!].slice(0, perLine - 1).join('')}…`;
  return out;
}

export function plateSvg(p: PlateContent): string {
  const w = PLATE_WIDTH_MM;
  const band = RISK_HEX[p.risk];
  const ink = RISK_INK[p.risk];
  const stars = starString(p.stars) || '☆☆☆☆☆';
  const name = wrapText(p.name, 14, 2);
  const address = wrapText(p.address, 22, 2);
  const t = (x: number, y: number, size: number, text: string, extra = '') =>
    `<text x="${x}" y="${y}" font-size="${size}" text-anchor="middle"${extra}>${escapeXml(text)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}mm" height="${PLATE_HEIGHT_MM}mm" viewBox="0 0 ${w} ${PLATE_HEIGHT_MM}"`,
    ` font-family="'Noto Sans CJK SC','PingFang SC','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif" fill="#14263c">`,
    `<rect x="1" y="1" width="${w - 2}" height="${PLATE_HEIGHT_MM - 2}" rx="6" fill="#fffdf7" stroke="#b71c1c" stroke-width="2"/>`,
    `<rect x="1" y="1" width="${w - 2}" height="26" rx="6" fill="#b71c1c"/>`,
    `<rect x="1" y="20" width="${w - 2}" height="7" fill="#b71c1c"/>`,
    t(w / 2, 19, 13, p.labels.title, ' fill="#fff" font-weight="700" letter-spacing="2"'),
    t(w / 2, 40, 9, p.code, ' font-weight="700" letter-spacing="1"'),
    ...name.map((line, i) => t(w / 2, 53 + i * 10, 9, line, ' font-weight="700"')),
    t(w / 2, 53 + name.length * 10 + 4, 13, stars, ' fill="#f5a623"'),
    `<rect x="12" y="${80 + name.length * 10 - 10}" width="${w - 24}" height="12" rx="3" fill="${band}"/>`,
    t(w / 2, 80 + name.length * 10 - 1.5, 7, p.labels.risk, ` fill="${ink}" font-weight="700"`),
    placeQr(p.qrSvg, (w - 62) / 2, 100 + name.length * 10 - 10, 62),
    t(w / 2, 170 + name.length * 10 - 10, 5, p.labels.scan, ' fill="#5d6b7a"'),
    ...address.map((line, i) => t(w / 2, 185 + i * 7, 5.5, line)),
    t(w / 2, 203, 4, p.labels.district, ' fill="#5d6b7a"'),
    '</svg>',
  ].join('');
}
