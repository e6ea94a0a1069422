import { beforeAll, describe, expect, it } from 'vitest';
import { GET as getLayer } from '@/app/basemap/[layer]/route';
import { GET as getArea } from '@/app/basemap/areas/[layer]/[key]/route';
import { ensureBasemapBuilt } from './ensure-built';

beforeAll(ensureBasemapBuilt);

const request = (url: string) => new Request(`http://localhost${url}`);

describe('basemap routes', () => {
  it('serves a whitelisted layer as cacheable JSON', async () => {
    const response = await getLayer(request('/basemap/admin'), { params: Promise.resolve({ layer: 'admin' }) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toMatch(/max-age=\d{5,}/);
    expect(((await response.json()) as { type: string }).type).toBe('Topology');
  });

  it.each(['../etc', '..%2Fetc', '../../package.json', 'manifest', 'areas-index', 'admin.json', ''])(
    'rejects the layer name %j with 404',
    async (layer) => {
      const response = await getLayer(request(`/basemap/${layer}`), { params: Promise.resolve({ layer }) });
      expect(response.status).toBe(404);
    },
  );

  it('serves the SYR-142 admin-1 area as a GeoJSON feature', async () => {
    const response = await getArea(request('/basemap/areas/admin1/SYR-142'), {
      params: Promise.resolve({ layer: 'admin1', key: 'SYR-142' }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { type: string; properties: { name: string } };
    expect(body.type).toBe('Feature');
    expect(body.properties.name).toBe('Dayr Az Zawr');
  });

  it.each([
    ['admin1', '../etc'],
    ['country', '..'],
    ['../etc', 'SY'],
    ['country', 'XX'],
  ])('rejects the area %s/%s with 404', async (layer, key) => {
    const response = await getArea(request(`/basemap/areas/${layer}/${key}`), { params: Promise.resolve({ layer, key }) });
    expect(response.status).toBe(404);
  });
});
