// Embedded mode keeps photo bytes in the browser's IndexedDB, beside the database that records their paths:
// the same object paths as Supabase Storage, so the database rules and the UI do not know the difference.
import { clear, createStore, del, get, set } from 'idb-keyval';

const store = createStore('gridgov-photos', 'photos');
const urls = new Map<string, string>();

export const putPhoto = (path: string, blob: Blob) => set(path, blob, store);
export const deletePhoto = (path: string) => del(path, store);

export async function photoObjectUrl(path: string): Promise<string> {
  const known = urls.get(path);
  if (known) return known;
  const blob = await get<Blob>(path, store);
  if (!blob) throw new Error(`photo ${path} is not stored in this browser`);
  const url = URL.createObjectURL(blob);
  urls.set(path, url);
  return url;
}

export async function clearPhotos(): Promise<void> {
  for (const url of urls.values()) URL.revokeObjectURL(url);
  urls.clear();
  await clear(store);
}
