// Hover over deck.gl's layers without deck.gl's picking: the map's own pointer events ask `hitAt` (the CPU hit test)
// what is under the pointer, report when that changes (for the highlight), and keep a tooltip beside the pointer.
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { DeckHit } from './deck-pick';

/** Plain text (never parsed as HTML), and a class for its look. */
export interface MapTooltip {
  text: string;
  className?: string;
}

interface Options {
  hitAt(e: MapMouseEvent): DeckHit | null;
  onHover(hit: DeckHit | null): void;
  tooltip(hit: DeckHit, e: MapMouseEvent): MapTooltip | null;
}

/** The tooltip's corner sits this far below and right of the pointer, clear of the cursor. */
const OFFSET_PX = 12;

const sameHit = (a: DeckHit | null, b: DeckHit | null) =>
  a === b || (a !== null && b !== null && a.layer.id === b.layer.id && a.index === b.index && a.object === b.object);

export interface Pointer {
  /** Asks again at the pointer's last position: the layers changed under a pointer that did not move. */
  refresh(): void;
  remove(): void;
}

export function followPointer(map: MapLibreMap, o: Options): Pointer {
  const tip = document.createElement('div');
  tip.className = 'map-tooltip';
  tip.hidden = true;
  tip.setAttribute('role', 'tooltip');
  map.getContainer().appendChild(tip);
  let current: DeckHit | null = null;
  let last: MapMouseEvent | null = null;

  const show = (hit: DeckHit | null, e: MapMouseEvent | null) => {
    if (!sameHit(hit, current)) {
      current = hit;
      o.onHover(hit);
    }
    const content = hit && e ? o.tooltip(hit, e) : null;
    if (!content || !e) {
      tip.hidden = true;
      return;
    }
    tip.textContent = content.text;
    tip.className = content.className ? `map-tooltip ${content.className}` : 'map-tooltip';
    tip.hidden = false;
    // Beside the pointer, on whichever side keeps it inside the map.
    const box = map.getContainer();
    const x = e.point.x + OFFSET_PX + tip.offsetWidth > box.clientWidth ? e.point.x - OFFSET_PX - tip.offsetWidth : e.point.x + OFFSET_PX;
    const y = e.point.y + OFFSET_PX + tip.offsetHeight > box.clientHeight ? e.point.y - OFFSET_PX - tip.offsetHeight : e.point.y + OFFSET_PX;
    tip.style.transform = `translate(${Math.max(0, x)}px, ${Math.max(0, y)}px)`;
  };
  // While a button is down the map is being dragged: nothing is hovered.
  const onMove = (e: MapMouseEvent) => {
    last = e.originalEvent.buttons ? null : e;
    show(last && o.hitAt(last), last);
  };
  const onLeave = () => {
    last = null;
    show(null, null);
  };
  map.on('mousemove', onMove);
  map.on('mouseout', onLeave);
  map.on('dragstart', onLeave);
  return {
    refresh: () => show(last && o.hitAt(last), last),
    remove: () => {
      map.off('mousemove', onMove);
      map.off('mouseout', onLeave);
      map.off('dragstart', onLeave);
      tip.remove();
    },
  };
}
