import { describe, expect, it } from 'vitest';
import { checkPhoto, fitWithin, MAX_INPUT_BYTES, MAX_PHOTOS, sniffImage } from './image-rules';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF');
const PNG = bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a]);
const WEBP = bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ');
const HEIC = bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0]);
const PDF = bytes('%PDF-1.7\n');

describe('sniffImage', () => {
  it('recognises JPEG, PNG and WebP by their bytes', () => {
    expect(sniffImage(JPEG)).toEqual({ mime: 'image/jpeg' });
    expect(sniffImage(PNG)).toEqual({ mime: 'image/png' });
    expect(sniffImage(WEBP)).toEqual({ mime: 'image/webp' });
  });

  it('names what a refused file is', () => {
    expect(sniffImage(PDF)).toEqual({ other: 'PDF' });
    expect(sniffImage(HEIC)).toEqual({ other: 'HEIC' });
    expect(sniffImage(bytes('GIF89a'))).toEqual({ other: 'GIF' });
    expect(sniffImage(bytes('hello'))).toEqual({ other: null });
  });
});

describe('checkPhoto', () => {
  const file = (name: string, size = 1000) => ({ name, size });

  it('accepts an image under the limits and says its real type', () => {
    expect(checkPhoto(file('a.png'), PNG, 0)).toEqual({ mime: 'image/png' });
  });

  it('refuses a PDF or a HEIC whatever the name says', () => {
    expect(checkPhoto(file('scan.pdf'), PDF, 0)).toEqual({ key: 'report.photo.notImage', params: { name: 'scan.pdf', kind: 'PDF' } });
    expect(checkPhoto(file('IMG_1.jpg'), HEIC, 0)).toMatchObject({ key: 'report.photo.notImage', params: { kind: 'HEIC' } });
    expect(checkPhoto(file('notes.txt'), bytes('hello'), 0)).toMatchObject({ params: { kind: 'TXT' } });
  });

  it('refuses inputs over 20 MB and a seventh photo', () => {
    expect(checkPhoto(file('big.jpg', MAX_INPUT_BYTES + 1), JPEG, 0)).toMatchObject({ key: 'report.photo.tooLarge', params: { mb: 20, max: 20 } });
    expect(checkPhoto(file('ok.jpg', MAX_INPUT_BYTES), JPEG, 0)).toEqual({ mime: 'image/jpeg' });
    expect(checkPhoto(file('7.jpg'), JPEG, MAX_PHOTOS)).toMatchObject({ key: 'report.photo.tooMany', params: { max: 6 } });
  });
});

describe('fitWithin', () => {
  it('scales the long side down to the limit and keeps the ratio', () => {
    expect(fitWithin(4000, 3000)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(3000, 4000)).toEqual({ width: 1200, height: 1600 });
    expect(fitWithin(1601, 1)).toEqual({ width: 1600, height: 1 });
  });

  it('never enlarges', () => {
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
  });
});
