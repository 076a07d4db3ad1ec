// A photo's GPS position from its EXIF data, offered at intake as the incident's location. Phones write WGS84
// (raw GNSS), the map's datum, so no GCJ-02 conversion happens here.
export interface LonLat {
  lon: number;
  lat: number;
}

/** Cameras without a fix write 0/0 or nonsense; such a position is no position. */
export function usableGps(lon: unknown, lat: unknown): LonLat | null {
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) return null;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || (lon === 0 && lat === 0)) return null;
  return { lon, lat };
}

/** The position a photo was taken at, or null when it has none (or is not an image exifr can read). */
export async function readPhotoGps(photo: Blob | ArrayBuffer | Uint8Array): Promise<LonLat | null> {
  // Loaded with the first photo: most reports never need the parser.
  const { gps } = await import('exifr');
  try {
    const found = await gps(photo instanceof Blob ? await photo.arrayBuffer() : photo);
    return found ? usableGps(found.longitude, found.latitude) : null;
  } catch {
    return null;
  }
}
