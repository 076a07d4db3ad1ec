// What the intake form accepts as a photo, decided from the file's first bytes rather than its name or the
// browser's guess: a HEIC renamed to .jpg is still refused before the browser tries to decode it.
import type { PhotoUpload } from '../data/types';

/** Refused before decoding: a phone's photos are a few MB; more is a video or a scan. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
/** The database refuses larger photos (incident_add_photo). */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
export const MAX_LONG_SIDE = 1600;
export const MAX_PHOTOS = 6;
/** Bytes sniffImage needs to see. */
export const SNIFF_BYTES = 16;

export type PhotoMime = PhotoUpload['mime'];

const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

/** The image type the bytes really are, or a short name of what they are instead (for the message). */
export function sniffImage(head: Uint8Array): { mime: PhotoMime } | { other: string | null } {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return { mime: 'image/jpeg' };
  if (head[0] === 0x89 && ascii(head, 1, 4) === 'PNG') return { mime: 'image/png' };
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return { mime: 'image/webp' };
  if (ascii(head, 0, 4) === '%PDF') return { other: 'PDF' };
  if (ascii(head, 4, 8) === 'ftyp') {
    const brand = ascii(head, 8, 12);
    return { other: /^(hei|hev|mif1|msf1)/.test(brand) ? 'HEIC' : brand.trim().toUpperCase() || null };
  }
  if (ascii(head, 0, 3) === 'GIF') return { other: 'GIF' };
  return { other: null };
}

export interface PhotoProblem {
  key: 'report.photo.tooMany' | 'report.photo.tooLarge' | 'report.photo.notImage' | 'report.photo.unreadable';
  params: Record<string, unknown>;
}

const extension = (name: string) => /\.([a-z0-9]{1,5})$/i.exec(name)?.[1]?.toUpperCase() ?? null;

/** Checks a chosen file before any decoding: count, size, real type. */
export function checkPhoto(file: { name: string; size: number }, head: Uint8Array, alreadyAttached: number, max = MAX_PHOTOS): PhotoProblem | { mime: PhotoMime } {
  if (alreadyAttached >= max) return { key: 'report.photo.tooMany', params: { name: file.name, max } };
  const sniffed = sniffImage(head);
  if (!('mime' in sniffed)) {
    const kind = sniffed.other ?? extension(file.name) ?? '?';
    return { key: 'report.photo.notImage', params: { name: file.name, kind } };
  }
  if (file.size > MAX_INPUT_BYTES) {
    return { key: 'report.photo.tooLarge', params: { name: file.name, mb: Math.round(file.size / 1024 / 102.4) / 10, max: MAX_INPUT_BYTES / 1024 / 1024 } };
  }
  return sniffed;
}

/** Size that fits the long side within `max`, keeping the aspect ratio; never enlarges. */
export function fitWithin(width: number, height: number, max = MAX_LONG_SIDE): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** JPEG qualities tried in turn until the photo fits under the upload limit. */
export const JPEG_QUALITIES = [0.85, 0.75, 0.6, 0.45] as const;
