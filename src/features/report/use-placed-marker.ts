// The report's pin on the map: a draggable marker while the form is open. A click on the map moves it (the
// grid interaction stands aside while the form is open); a location from the device or a photo brings it into view.
import { Marker, type Map as MapLibreMap, type MapMouseEvent } from 'maplibre-gl';
import { useEffect, useEffectEvent, useRef } from 'react';
import type { LonLat } from '../../lib/exif-gps';

export function usePlacedMarker(map: MapLibreMap | null, point: LonLat | null, onPlace: (at: LonLat) => void) {
  const place = useEffectEvent(onPlace);
  const marker = useRef<Marker | null>(null);

  useEffect(() => {
    if (!map) return;
    const onClick = (e: MapMouseEvent) => place({ lon: e.lngLat.lng, lat: e.lngLat.lat });
    map.on('click', onClick);
    return () => {
      map.off('click', onClick);
    };
  }, [map]);

  useEffect(() => {
    if (!map) return;
    if (!point) {
      marker.current?.remove();
      return;
    }
    if (!marker.current) {
      const m = new Marker({ color: '#c62828', draggable: true });
      m.getElement().dataset.testid = 'report-marker';
      m.on('dragend', () => {
        const at = m.getLngLat();
        place({ lon: at.lng, lat: at.lat });
      });
      marker.current = m;
    }
    marker.current.setLngLat([point.lon, point.lat]).addTo(map);
  }, [map, point]);

  useEffect(
    () => () => {
      marker.current?.remove();
      marker.current = null;
    },
    [],
  );
}

/**
 * Brings a point found elsewhere (device, photo) into view at a street zoom, in the middle of the part of the
 * map the form leaves uncovered: above it when it is a phone's bottom sheet, left of it when it is a side card.
 */
export function showPoint(map: MapLibreMap | null, at: LonLat, cover: HTMLElement | null) {
  if (!map) return;
  const m = map.getContainer().getBoundingClientRect();
  const c = cover?.getBoundingClientRect();
  let offset: [number, number] = [0, 0];
  if (c && c.left <= m.left + 1 && c.top > m.top) offset = [0, (c.top - m.bottom) / 2];
  else if (c && c.left > m.left) offset = [(c.left - m.right) / 2, 0];
  map.easeTo({ center: [at.lon, at.lat], zoom: Math.max(map.getZoom(), 16.5), offset });
}
