// Where a photo lives. Incident photos are in the incident-photos bucket (or the embedded photo store) under
// `<incidentId>/<uuid>.<ext>`; courtyard inspection photos are in courtyard-photos under `<inspectionId>/…`. The
// first folder is what the storage policies and the *_add_photo() functions check; the name is unguessable.
// The database hands out a photo as a reference: an incident photo's plain path (as since migration 0011), an
// inspection photo's path prefixed with its bucket.
import type { PhotoUpload } from './types';

const EXTENSIONS: Record<PhotoUpload['mime'], string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

export const PHOTO_BUCKET = 'incident-photos';
export const COURTYARD_PHOTO_BUCKET = 'courtyard-photos';

export function photoPath(ownerId: number, mime: PhotoUpload['mime']): string {
  return `${ownerId}/${crypto.randomUUID()}.${EXTENSIONS[mime]}`;
}

/** The bucket and path behind a photo reference from the database. */
export function photoLocation(ref: string): { bucket: string; path: string } {
  const prefix = `${COURTYARD_PHOTO_BUCKET}/`;
  return ref.startsWith(prefix) ? { bucket: COURTYARD_PHOTO_BUCKET, path: ref.slice(prefix.length) } : { bucket: PHOTO_BUCKET, path: ref };
}

/** The reference the database hands out for a photo stored at bucket/path (inverse of photoLocation). */
export function photoRef(bucket: string, path: string): string {
  return bucket === PHOTO_BUCKET ? path : `${bucket}/${path}`;
}
