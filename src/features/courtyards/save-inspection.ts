// Records the inspection, then attaches its photos one by one. The inspection is recorded once: when a photo
// fails, the caller keeps the id and retries only the photos still missing.
import type { Backend } from '../../data/backend';
import type { InspectionInput, PhotoUpload } from '../../data/types';

export interface PendingPhoto {
  key: number;
  upload: PhotoUpload;
}

export interface SaveOutcome {
  id: number;
  uploaded: number[];
  failed: { key: number; error: unknown }[];
}

export async function saveInspection(
  backend: Backend,
  input: InspectionInput,
  savedId: number | null,
  photos: PendingPhoto[],
  onSaved: (id: number) => void,
  onPhoto: (done: number) => void,
): Promise<SaveOutcome> {
  const id = savedId ?? (await backend.courtyards.inspect(input));
  if (savedId === null) onSaved(id);
  const outcome: SaveOutcome = { id, uploaded: [], failed: [] };
  for (const p of photos) {
    try {
      await backend.uploadInspectionPhoto(id, p.upload);
      outcome.uploaded.push(p.key);
    } catch (error) {
      outcome.failed.push({ key: p.key, error });
    }
    onPhoto(outcome.uploaded.length + outcome.failed.length);
  }
  return outcome;
}
