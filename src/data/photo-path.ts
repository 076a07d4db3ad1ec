// Where a photo lives in the incident-photos bucket (or the embedded photo store): the first folder is the
// incident id, which the storage policies and incident_add_photo() check; the name is unguessable.
import type { PhotoUpload } from './types';

const EXTENSIONS: Record<PhotoUpload['mime'], string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

export const PHOTO_BUCKET = 'incident-photos';

export function photoPath(incidentId: number, mime: PhotoUpload['mime']): string {
  return `${incidentId}/${crypto.randomUUID()}.${EXTENSIONS[mime]}`;
}
