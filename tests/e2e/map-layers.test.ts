/**
 * The map's own drawing in a real Chromium: the offline basemap's tiles show land and sea where they are, and the
 * route tiles answer the pointer (hover names the route, a click selects it). Positions on screen are computed from
 * the view in the URL with Web Mercator, as Leaflet does.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LAND_STYLE, SEA_COLOR } from '../../components/map/basemap-style';
import { openPage, pixelsAround, screenPoint, screenshot, useApp, waitForExplorer } from './helpers';

const VIEW = { zoom: 6, lat: 35, lng: 38 }; // Syria and its neighbours: the seed's region
const SAMPLE_RADIUS_PX = 4; // a 9×9 block around each sample point: a border or river line is one thin stroke in it
const MAJORITY = 0.6; // share of a block that must have the expected colour
const COLOR_TOLERANCE = 6; // per channel, 0–255
const BASEMAP_TIMEOUT_MS = 20_000;
const SEA_POINT = { lat: 34, lng: 33 }; // the Mediterranean south of Cyprus
const LAND_POINT = { lat: 30, lng: 40 }; // the desert of northern Saudi Arabia, far from the seed's routes
const ROUTE_AT = 0.45; // how far along a route the pointer goes (away from the markers at its ends)

const app = useApp();

describe('map layers in Chromium', () => {
  it('draws land and sea on the basemap tiles where they are', async () => {
    const { page, pageErrors } = await openPage(app(), `/#map=${VIEW.zoom}/${VIEW.lat}/${VIEW.lng}`);
    await waitForExplorer(page);
    await page.locator('.leaflet-container[data-basemap="drawn"]').waitFor({ timeout: BASEMAP_TIMEOUT_MS });
    await screenshot(page, 'map-layers-basemap');
    const land = await blockShare(page, LAND_POINT, hex(LAND_STYLE.fillColor ?? ''));
    const sea = await blockShare(page, SEA_POINT, hex(SEA_COLOR));
    expect(land, 'share of land colour in the Saudi desert').toBeGreaterThan(MAJORITY);
    expect(sea, 'share of sea colour south of Cyprus').toBeGreaterThan(MAJORITY);
    // …and not the other way round: a blank or inverted land fill fails here.
    expect(await blockShare(page, LAND_POINT, hex(SEA_COLOR))).toBeLessThan(1 - MAJORITY);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('fetches the town labels when a link opens the map at town level', async () => {
    const context = await app().browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${app().baseUrl}/#map=9/35.02/40.45`); // Al Mayadin, a town labelled from zoom 8
    await waitForExplorer(page);
    await expect.poll(() => requested.includes('/basemap/labels-detail'), { timeout: BASEMAP_TIMEOUT_MS }).toBe(true);
    await context.close();
  });

  it('names a route under the pointer and selects it on click', async () => {
    const route = app().routes.toSorted((a, b) => length(b.geometry.coordinates) - length(a.geometry.coordinates))[0];
    if (!route) throw new Error('The test data has no route');
    const { page, pageErrors } = await openPage(app(), `/#map=${VIEW.zoom}/${VIEW.lat}/${VIEW.lng}`);
    await waitForExplorer(page);
    const [from, to] = [route.geometry.coordinates[0], route.geometry.coordinates.at(-1)];
    if (!from || !to) throw new Error(`Route ${route.id} has no ends`);
    const a = await screenPoint(page, { lng: from[0], lat: from[1] });
    const b = await screenPoint(page, { lng: to[0], lat: to[1] });
    const x = a.x + (b.x - a.x) * ROUTE_AT;
    const y = a.y + (b.y - a.y) * ROUTE_AT;

    await page.mouse.move(x, y);
    await expect.poll(() => page.locator('.leaflet-tooltip').textContent(), { timeout: 5000 }).toMatch(/^Route: .+ → .+/);
    await page.mouse.click(x, y);
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(route.id);
    await page.mouse.move(x + 200, y + 200); // off the route: the tooltip goes
    await expect.poll(() => page.locator('.leaflet-tooltip').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});

/** Share of the block around a place whose colour is `rgb`. */
async function blockShare(page: Page, at: { lat: number; lng: number }, rgb: [number, number, number]): Promise<number> {
  const { x, y } = await screenPoint(page, at);
  const pixels = await pixelsAround(page, Math.round(x), Math.round(y), SAMPLE_RADIUS_PX);
  const close = pixels.filter((p) => rgb.every((v, i) => Math.abs((p[i] ?? 0) - v) <= COLOR_TOLERANCE));
  return close.length / pixels.length;
}

function hex(color: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) throw new Error(`Not a #rrggbb colour: ${color}`);
  return [parseInt(m[1] ?? '', 16), parseInt(m[2] ?? '', 16), parseInt(m[3] ?? '', 16)];
}

function length(coordinates: readonly (readonly number[])[]): number {
  let sum = 0;
  for (let i = 1; i < coordinates.length; i++) {
    sum += Math.hypot((coordinates[i]?.[0] ?? 0) - (coordinates[i - 1]?.[0] ?? 0), (coordinates[i]?.[1] ?? 0) - (coordinates[i - 1]?.[1] ?? 0));
  }
  return sum;
}
