import { describe, expect, it } from 'vitest';
import { photoLocation, photoRef, visitPhotoPath } from './photo-path';

describe('photo paths', () => {
  it('names a visit photo by the household, the visit client id and the photo id, with the extension of its type', () => {
    expect(visitPhotoPath(42, '7a1f0a52-4c3e-4b8e-9d1e-00000000f001', '0e3f7d1e-0000-4000-8000-000000000001', 'image/webp')).toBe(
      '42/7a1f0a52-4c3e-4b8e-9d1e-00000000f001/0e3f7d1e-0000-4000-8000-000000000001.webp',
    );
  });

  it('finds the bucket behind a reference from the database, and back', () => {
    const visit = 'visit-photos/42/7a1f0a52-4c3e-4b8e-9d1e-00000000f001/a.jpg';
    expect(photoLocation(visit)).toEqual({ bucket: 'visit-photos', path: '42/7a1f0a52-4c3e-4b8e-9d1e-00000000f001/a.jpg' });
    expect(photoLocation('courtyard-photos/7/b.png')).toEqual({ bucket: 'courtyard-photos', path: '7/b.png' });
    expect(photoLocation('12/c.jpg')).toEqual({ bucket: 'incident-photos', path: '12/c.jpg' });
    for (const ref of [visit, 'courtyard-photos/7/b.png', '12/c.jpg']) {
      const { bucket, path } = photoLocation(ref);
      expect(photoRef(bucket, path)).toBe(ref);
    }
  });
});
