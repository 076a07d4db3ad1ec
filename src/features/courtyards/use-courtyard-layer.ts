// The courtyards on the map: the layer switch, its filters and the open card (all from and to the URL), the pins
// from the database (asked for while the layer is on or a card is open, and again after a change made from the
// card), the filtered subset the layer draws and the deck.gl layers. The layer code arrives with deck.gl, after
// the first paint. A grid's counts by risk level come with its facts (grid_summary), not from these pins.
import { useCallback, useMemo, useState } from 'react';
import type { Backend } from '../../data/backend';
import type { CourtyardPin } from '../../data/types';
import { filterCourtyards, type CourtyardFilter } from '../../lib/courtyard-filter';
import type { UrlState } from '../../lib/url-state';
import { useQuery } from '../../lib/use-query';

const loadLayerCode = () => import('./courtyard-layer');

/** Star badges from this zoom on: below it they would cover each other. */
export const BADGE_ZOOM = 15;
export const courtyardRadius = (zoom: number) => (zoom < 13 ? 4 : zoom < BADGE_ZOOM ? 5.5 : 8);

interface Options {
  backend: Backend;
  initial: UrlState;
  ready: boolean;
  session: number;
  overlay: boolean;
  zoom: number | null;
  /** A courtyard was clicked: whatever else is open over the map gives way to its card. */
  onOpen(): void;
  onError(e: unknown): void;
}

export function useCourtyardLayer(o: Options) {
  const [on, setOn] = useState(o.initial.yards);
  const [filter, setFilter] = useState<CourtyardFilter>({ risks: o.initial.risk, stars: o.initial.stars });
  const [openId, setOpenId] = useState(o.initial.courtyard);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  const wanted = o.ready && (on || openId !== null);
  const pins = useQuery(wanted ? `courtyard-pins:${o.session}:${version}` : null, () => o.backend.courtyards.pins(), o.onError);
  const all = pins.data ?? pins.latest ?? null;
  const code = useQuery(o.overlay && on ? 'courtyard-layer-code' : null, loadLayerCode).data;
  const filtered = useMemo(() => (all ? filterCourtyards(all, filter) : []), [all, filter]);

  const zoom = o.zoom ?? 13;
  const radius = courtyardRadius(zoom);
  const badges = zoom >= BADGE_ZOOM;
  const { onOpen } = o;
  const onClick = useCallback(
    (p: CourtyardPin) => {
      onOpen();
      setOpenId(p.id);
    },
    [onOpen],
  );
  const layers = useMemo(
    () => (code && on ? code.courtyardLayers({ pins: filtered, selectedId: openId, radius, badges, onClick }) : []),
    [code, on, filtered, openId, radius, badges, onClick],
  );

  return {
    on,
    setOn,
    filter,
    setFilter,
    openId,
    setOpenId,
    all,
    filtered,
    layers,
    reload,
    /** Moves after every change made from the card. */
    version,
    url: { yards: on, risk: filter.risks, stars: filter.stars, courtyard: openId },
  };
}
