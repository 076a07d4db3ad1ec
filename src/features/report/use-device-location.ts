// navigator.geolocation as a one-shot request with its failure said in words (an i18n key). Browsers give
// WGS84, the map's datum.
import { useCallback, useState } from 'react';
import type { LonLat } from '../../lib/exif-gps';

const GEO_ERRORS: Record<number, string> = { 1: 'report.geo.denied', 2: 'report.geo.unavailable', 3: 'report.geo.unavailable' };

export function useDeviceLocation(onFound: (at: LonLat) => void) {
  const [locating, setLocating] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const locate = useCallback(() => {
    setProblem(null);
    if (!('geolocation' in navigator)) {
      setProblem('report.geo.unsupported');
      return;
    }
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocating(false);
        onFound({ lon: pos.coords.longitude, lat: pos.coords.latitude });
      },
      (err) => {
        setLocating(false);
        setProblem(GEO_ERRORS[err.code] ?? 'report.geo.unavailable');
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }, [onFound]);

  return { locate, locating, problem };
}
