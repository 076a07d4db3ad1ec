// Shrinks a checked photo in the browser before upload: long side at most 1600 px, re-encoded as JPEG. Re-encoding
// also drops the EXIF block, so the stored photo carries no camera position or device data of the reporter.
import type { PhotoUpload } from '../data/types';
import { fitWithin, JPEG_QUALITIES, MAX_UPLOAD_BYTES } from './image-rules';

/** The photo could not be decoded (a damaged file, or a type the browser cannot read). */
export class UnreadablePhotoError extends Error {}

type Canvas2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

function canvasOf(width: number, height: number) {
  if (typeof OffscreenCanvas !== 'undefined') {
    const c = new OffscreenCanvas(width, height);
    return { ctx: c.getContext('2d') as Canvas2D | null, encode: (q: number) => c.convertToBlob({ type: 'image/jpeg', quality: q }) };
  }
  const c = document.createElement('canvas');
  c.width = width;
  c.height = height;
  return {
    ctx: c.getContext('2d') as Canvas2D | null,
    encode: (q: number) =>
      new Promise<Blob>((resolve, reject) => c.toBlob((b) => (b ? resolve(b) : reject(new UnreadablePhotoError())), 'image/jpeg', q)),
  };
}

export async function downscalePhoto(file: Blob): Promise<PhotoUpload> {
  let bitmap: ImageBitmap;
  try {
    // Phones store portrait photos sideways with an orientation tag; 'from-image' turns them upright.
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new UnreadablePhotoError();
  }
  try {
    const { width, height } = fitWithin(bitmap.width, bitmap.height);
    const { ctx, encode } = canvasOf(width, height);
    if (!ctx) throw new UnreadablePhotoError();
    // Transparent PNG areas would turn black in a JPEG.
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, width, height);
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(bitmap, 0, 0, width, height);
    for (const quality of JPEG_QUALITIES) {
      const blob = await encode(quality);
      if (blob.size <= MAX_UPLOAD_BYTES) return { blob, mime: 'image/jpeg', width, height };
    }
    throw new UnreadablePhotoError();
  } finally {
    bitmap.close();
  }
}
