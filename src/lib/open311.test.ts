import { describe, expect, it } from 'vitest';
import { CATEGORIES, identity, STATUSES } from './incident-vocab.fixture';
import { parseOpen311 } from './open311';

const ctx = { categories: CATEGORIES, statuses: STATUSES, toWgs84: identity };

describe('parseOpen311', () => {
  it('maps a foreign GeoReport v2 request: open → pending, service name by keywords, media_url kept', () => {
    const { rows, errors } = parseOpen311([{
      service_request_id: 'SR-1', status: 'open', service_code: '4fd3b', service_name: 'Pothole / 井盖缺失',
      description: 'Manhole cover missing', requested_datetime: '2025-03-05T09:07:00+08:00', lat: 37.87, long: 112.56,
      address: '柳巷', media_url: 'https://example.org/p.jpg',
    }], ctx);
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({
      ref: 'open311:SR-1', category: 'safety_hazard', status: 'pending', source: 'hotline', title: 'Manhole cover missing',
      description: 'Manhole cover missing\nhttps://example.org/p.jpg', lon: 112.56, lat: 37.87, resolved_at: null,
    });
  });

  it('reads back our own extended attributes, and closed times from updated_datetime', () => {
    const { rows } = parseOpen311({ requests: [{
      service_request_id: 77, status: 'closed', service_code: 'drain_blocked', description: '下水道堵了',
      requested_datetime: '2025-03-05T09:07:00+08:00', updated_datetime: '2025-03-07T10:00:00+08:00', lat: '37.8', long: '112.5',
      extended_attributes: { status: 'closed', title: '下水堵塞', source: 'wechat' },
    }] }, ctx);
    expect(rows[0]).toMatchObject({
      ref: 'open311:77', status: 'closed', title: '下水堵塞', source: 'wechat', category: 'drain_blocked',
      resolved_at: '2025-03-07T10:00:00+08:00', closed_at: '2025-03-07T10:00:00+08:00',
    });
  });

  it('lists requests without a location or a known status', () => {
    const r = parseOpen311([
      { service_request_id: 1, status: 'open', service_code: 'other', requested_datetime: '2025-03-05T09:07:00+08:00' },
      { service_request_id: 2, status: 'weird', service_code: 'other', requested_datetime: '2025-03-05T09:07:00+08:00', lat: 37.8, long: 112.5 },
    ], ctx);
    expect(r.rows).toEqual([]);
    expect(r.errors.map((e) => [e.row, e.code])).toEqual([[1, 'missing'], [2, 'unknown_status']]);
  });
});
