import { describe, expect, it } from 'vitest';
import { cameraJpeg, PDF } from '../../tests/e2e/fixtures/photos';
import { readPhotoGps, usableGps } from './exif-gps';

describe('readPhotoGps', () => {
  it('reads the position a camera wrote, to a few centimetres', async () => {
    const photo = cameraJpeg(64, 48, { lon: 112.561234, lat: 37.857654 });
    const at = await readPhotoGps(new Uint8Array(photo));
    expect(at!.lon).toBeCloseTo(112.561234, 6);
    expect(at!.lat).toBeCloseTo(37.857654, 6);
  });

  it('reads southern and western hemispheres as negative', async () => {
    const at = await readPhotoGps(new Uint8Array(cameraJpeg(16, 16, { lon: -43.2, lat: -22.9 })));
    expect(at!.lon).toBeCloseTo(-43.2, 6);
    expect(at!.lat).toBeCloseTo(-22.9, 6);
  });

  it('finds nothing in a photo without GPS or in a file that is no image', async () => {
    expect(await readPhotoGps(new Uint8Array(cameraJpeg(16, 16)))).toBeNull();
    expect(await readPhotoGps(new Uint8Array(PDF))).toBeNull();
  });

  it('reads a Blob, as the browser hands it over', async () => {
    const blob = new Blob([new Uint8Array(cameraJpeg(16, 16, { lon: 112.5, lat: 37.8 }))], { type: 'image/jpeg' });
    expect(await readPhotoGps(blob)).toMatchObject({ lon: expect.closeTo(112.5, 6), lat: expect.closeTo(37.8, 6) });
  });
});

describe('usableGps', () => {
  it('refuses 0/0, out-of-range and non-numeric positions', () => {
    expect(usableGps(0, 0)).toBeNull();
    expect(usableGps(200, 37)).toBeNull();
    expect(usableGps(112, 95)).toBeNull();
    expect(usableGps('112', 37)).toBeNull();
    expect(usableGps(Number.NaN, 37)).toBeNull();
    expect(usableGps(112.5, 37.8)).toEqual({ lon: 112.5, lat: 37.8 });
  });
});
