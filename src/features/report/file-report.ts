// Files the report, then attaches its photos one by one. The incident is filed once: when a photo fails, the
// caller keeps the id and retries only the photos still missing, so nothing is filed twice or lost.
import type { Backend } from '../../data/backend';
import type { IncidentReport, PhotoUpload } from '../../data/types';

export interface PendingPhoto {
  key: number;
  upload: PhotoUpload;
}

export interface FileOutcome {
  id: number;
  uploaded: number[];
  failed: { key: number; error: unknown }[];
}

export async function fileReport(
  backend: Backend,
  report: IncidentReport,
  filedId: number | null,
  photos: PendingPhoto[],
  onFiled: (id: number) => void,
  onPhoto: (done: number) => void,
): Promise<FileOutcome> {
  const id = filedId ?? (await backend.reportIncident(report));
  if (filedId === null) onFiled(id);
  const outcome: FileOutcome = { id, uploaded: [], failed: [] };
  for (const p of photos) {
    try {
      await backend.uploadIncidentPhoto(id, p.upload);
      outcome.uploaded.push(p.key);
    } catch (error) {
      outcome.failed.push({ key: p.key, error });
    }
    onPhoto(outcome.uploaded.length + outcome.failed.length);
  }
  return outcome;
}
