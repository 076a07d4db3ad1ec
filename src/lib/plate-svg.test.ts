import { describe, expect, it } from 'vitest';
import { escapeXml, placeQr, plateSvg, wrapText } from './plate-svg';
import { publicCardUrl } from './public-url';

const qr = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 29 29"><path d="M0 0h1v1H0z"/></svg>';
const labels = { title: '星级创建牌', risk: '黄 · 一般', scan: '扫码', district: '迎泽区示范街道' };

describe('plate SVG', () => {
  it('is an A5 document with the code, name, stars, risk colour and the QR code placed inside', () => {
    const svg = plateSvg({ code: 'YZ-0001', name: '桃园四巷173号院', address: '太原市迎泽区桃园四巷173号', stars: 3, risk: 'yellow', qrSvg: qr, labels });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="148mm" height="210mm" viewBox="0 0 148 210"/);
    for (const text of ['星级创建牌', 'YZ-0001', '桃园四巷173号院', '★★★☆☆', '黄 · 一般', '#f9c80e']) expect(svg).toContain(text);
    expect(svg).not.toContain('<?xml');
    expect(svg).toMatch(/<svg x="[\d.]+" y="[\d.]+" width="62" height="62" xmlns/);
  });

  it('escapes what the database holds', () => {
    const svg = plateSvg({ code: 'A-1', name: '<script>&', address: '"x"', stars: null, risk: 'red', qrSvg: qr, labels });
    expect(svg).toContain('&lt;script&gt;&amp;');
    expect(svg).not.toContain('<script>');
    expect(escapeXml(`'`)).toBe('&apos;');
  });

  it('wraps long CJK lines and cuts what does not fit', () => {
    expect(wrapText('一二三四五', 2, 2)).toEqual(['一二', '三…']);
    expect(wrapText('一二三', 5, 2)).toEqual(['一二三']);
  });

  it('places a QR code', () => {
    expect(placeQr(qr, 1, 2, 3)).toBe('<svg x="1" y="2" width="3" height="3" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 29 29"><path d="M0 0h1v1H0z"/></svg>');
  });

  it('points the QR code at the public page under the app base', () => {
    expect(publicCardUrl('abc_DEF-1', 'https://gov.example/', '/gridgov/')).toBe('https://gov.example/gridgov/c/abc_DEF-1');
    expect(publicCardUrl('t', 'http://127.0.0.1:4173', '/')).toBe('http://127.0.0.1:4173/c/t');
  });
});
