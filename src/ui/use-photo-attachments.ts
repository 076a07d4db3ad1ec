// The photos attached to a form (at most `max`): each chosen file is checked by its bytes, shrunk in the browser
// and read for a GPS position; the thumbnails' object URLs are released when a photo is removed or the form goes away.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PhotoUpload } from '../data/types';
import { readPhotoGps, type LonLat } from '../lib/exif-gps';
import { downscalePhoto } from '../lib/image-downscale';
import { checkPhoto, MAX_PHOTOS, SNIFF_BYTES, type PhotoProblem } from '../lib/image-rules';

export interface Attachment {
  key: number;
  name: string;
  /** Null while the photo is being shrunk. */
  upload: PhotoUpload | null;
  url: string | null;
  gps: LonLat | null;
  /** Stored and attached to the filed incident: a retry leaves it alone. */
  uploaded: boolean;
}

let nextKey = 1;

export function usePhotoAttachments(max = MAX_PHOTOS) {
  const [items, setItems] = useState<Attachment[]>([]);
  const [problems, setProblems] = useState<PhotoProblem[]>([]);
  const urls = useRef(new Set<string>());
  // Counted synchronously: several files chosen at once must not all see room for a sixth photo.
  const count = useRef(0);

  const current = useRef(items);
  useEffect(() => {
    current.current = items;
  }, [items]);

  useEffect(() => {
    const owned = urls.current;
    return () => owned.forEach((u) => URL.revokeObjectURL(u));
  }, []);

  const patch = (key: number, change: Partial<Attachment>) => setItems((all) => all.map((a) => (a.key === key ? { ...a, ...change } : a)));

  const add = useCallback(async (files: File[]) => {
    const found: PhotoProblem[] = [];
    setProblems([]);
    for (const file of files) {
      const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
      const checked = checkPhoto(file, head, count.current, max);
      if ('key' in checked) {
        found.push(checked);
        continue;
      }
      const key = nextKey++;
      count.current++;
      setItems((all) => [...all, { key, name: file.name, upload: null, url: null, gps: null, uploaded: false }]);
      try {
        // One at a time: a phone holding six decoded 12-megapixel photos at once runs out of memory.
        const [upload, gps] = await Promise.all([downscalePhoto(file), readPhotoGps(file)]);
        const url = URL.createObjectURL(upload.blob);
        urls.current.add(url);
        patch(key, { upload, url, gps });
      } catch {
        count.current--;
        setItems((all) => all.filter((a) => a.key !== key));
        found.push({ key: 'report.photo.unreadable', params: { name: file.name } });
      }
    }
    setProblems(found);
  }, [max]);

  const remove = useCallback((key: number) => {
    const gone = current.current.find((a) => a.key === key);
    if (!gone) return;
    if (gone.url) {
      URL.revokeObjectURL(gone.url);
      urls.current.delete(gone.url);
    }
    count.current--;
    setItems((all) => all.filter((a) => a.key !== key));
  }, []);

  const markUploaded = useCallback((key: number) => patch(key, { uploaded: true }), []);

  const clear = useCallback(() => {
    urls.current.forEach((u) => URL.revokeObjectURL(u));
    urls.current.clear();
    count.current = 0;
    setItems([]);
    setProblems([]);
  }, []);

  return { items, problems, add, remove, markUploaded, clear };
}
