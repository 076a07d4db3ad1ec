// Where a photo lives. Incident photos are in the incident-photos bucket (or the embedded photo store) under
// `<incidentId>/<uuid>.<ext>`; courtyard inspection photos are in courtyard-photos under `<inspectionId>/…`; visit
// photos in visit-photos under `<householdId>/<visit client id>/<uuid>.<ext>`. The first folder is what the storage
// policies and the *_add_photo() functions check; the name is unguessable. The database hands out a photo as a
// reference: an incident photo's plain path (as since migration 0011), the others' paths prefixed with their bucket.
import type { PhotoUpload } from './types';

const EXTENSIONS: Record<PhotoUpload['mime'], string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

export const PHOTO_BUCKET = 'incident-photos';
export const COURTYARD_PHOTO_BUCKET = 'courtyard-photos';
export const VISIT_PHOTO_BUCKET = 'visit-photos';
const PREFIXED = [COURTYARD_PHOTO_BUCKET, VISIT_PHOTO_BUCKET];

export function photoPath(ownerId: number, mime: PhotoUpload['mime']): string {
  return `${ownerId}/${crypto.randomUUID()}.${EXTENSIONS[mime]}`;
}

/** Fixed by the ids the phone made, so a photo sent again from the outbox lands on the same object and row. */
export function visitPhotoPath(householdId: number, visitClientId: string, photoId: string, mime: PhotoUpload['mime']): string {
  return `${householdId}/${visitClientId}/${photoId}.${EXTENSIONS[mime]}`;
}

/** The bucket and path behind a photo reference from the database. */
export function photoLocation(ref: string): { bucket: string; path: string } {
  const bucket = PREFIXED.find((b) => ref.startsWith(`${b}/`));
  return bucket ? { bucket, path: ref.slice(bucket.length + 1) } : { bucket: PHOTO_BUCKET, path: ref };
}

/** The reference the database hands out for a photo stored at bucket/path (inverse of photoLocation). */
export function photoRef(bucket: string, path: string): string {
  return bucket === PHOTO_BUCKET ? path : `${bucket}/${path}`;
}
