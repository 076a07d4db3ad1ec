// Steering the map page from tests and benchmarks through the map instance it exposes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pointOnFeature } from '@turf/turf';
import type { Page } from 'playwright-core';
import type { GridCollection } from '../../../src/data/types';
import { ROOT } from '../../../scripts/lib/migrations';

export const FILL_LAYERS = ['grid-fill'];

/** Resolves when MapLibre has drawn everything it was asked to (tiles, layers, deck.gl overlay). */
export async function waitForIdle(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__gridgovMap!;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

const grids = JSON.parse(readFileSync(join(ROOT, 'public/demo/grids.json'), 'utf8')) as GridCollection;

function gridFeature(code: string): GridCollection['features'][number] {
  const feature = grids.features.find((f) => f.properties.code === code);
  if (!feature) throw new Error(`no grid ${code} in public/demo/grids.json`);
  return feature;
}

/** A point surely inside the grid (its bbox centre need not be: grids are not all rectangles). */
export function pointInGrid(code: string): [number, number] {
  return pointOnFeature(gridFeature(code) as GeoJSON.Feature).geometry.coordinates as [number, number];
}

/** The outer ring of a grid's (first) polygon, as the database holds it: not clipped to tiles like rendered features. */
export function gridRing(code: string): number[][] {
  return (gridFeature(code).geometry as GeoJSON.MultiPolygon).coordinates[0]![0]!;
}

/** Centres the map on a grid at a zoom where its level is the clickable one; returns its screen position. */
export async function showGrid(page: Page, code: string, zoom: number) {
  const [lon, lat] = pointInGrid(code);
  const centre = await page.evaluate(
    ({ lon, lat, zoom }) => {
      const map = window.__gridgovMap!;
      map.jumpTo({ center: [lon, lat], zoom });
      // project() is relative to the map's container; the mouse works in page coordinates.
      const p = map.project([lon, lat]);
      const box = map.getContainer().getBoundingClientRect();
      return { x: p.x + box.left, y: p.y + box.top };
    },
    { lon, lat, zoom },
  );
  await waitForIdle(page);
  return centre;
}

/** Clicks a grid's polygon and waits for its panel to list households. */
export async function openGrid(page: Page, code: string, zoom = 13.6) {
  const at = await showGrid(page, code, zoom);
  await page.mouse.click(at.x, at.y);
  await page.waitForFunction((c) => document.querySelector('[data-testid=grid-title]')?.textContent?.startsWith(c), code, {
    timeout: 30_000,
  });
  await page.locator('[data-testid=household-row]').first().waitFor({ timeout: 30_000 });
}
