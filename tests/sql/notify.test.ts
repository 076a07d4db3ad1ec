// Realtime in embedded mode: the browser's database worker LISTENs on incidents_changed, so every committed change
// to an incident must NOTIFY with its id — a new report, a workflow step, a photo — and a rolled-back one must not.
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import demoUsers from '../../src/data/demo-users.json';
import { pgliteDatabase } from './engines';

const user = (role: string) => demoUsers.find((u) => u.role === role)!.id;

let db: PGlite;
const heard: string[] = [];

/** Runs one request as a demo user, the way the embedded worker does: role and claims local to a transaction. */
function asUser<T>(role: string, sql: string, params: unknown[] = []): Promise<T> {
  return db.transaction(async (tx: Transaction) => {
    await tx.query(`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`,
      [JSON.stringify({ sub: user(role), role: 'authenticated' })]);
    return (await tx.query<{ value: T }>(sql, params)).rows[0]!.value;
  });
}

/** Notifications arrive after the commit, asynchronously: give them a moment. */
const settle = () => new Promise((r) => setTimeout(r, 50));

beforeAll(async () => {
  db = await pgliteDatabase();
  await db.listen('incidents_changed', (payload) => heard.push(payload));
}, 600_000);

afterAll(() => db.close());

describe('incidents_changed notifications (PGlite)', () => {
  let id: number;

  it('a new report is announced with its id', async () => {
    const [lon, lat] = (await db.query<{ lon: number; lat: number }>(
      `select st_x(st_pointonsurface(geom)) lon, st_y(st_pointonsurface(geom)) lat from public.grids where level = 'unit' order by code limit 1`,
    )).rows.map((r) => [r.lon, r.lat])[0]!;
    id = Number(await asUser<number>('resident',
      `select public.report_incident('drain_blocked', 'wechat', '下水道堵塞', '一楼返水', $1, $2) as value`, [lon, lat]));
    await settle();
    expect(heard).toEqual([String(id)]);
  });

  it('a workflow step is announced', async () => {
    heard.length = 0;
    await asUser('district_admin', `select public.incident_transition($1, 'accepted', null) as value`, [id]);
    await settle();
    expect(heard).toEqual([String(id)]);
  });

  it('a refused step announces nothing', async () => {
    heard.length = 0;
    await expect(asUser('district_admin', `select public.incident_transition($1, 'closed', null) as value`, [id]))
      .rejects.toThrow('事件不能从「已受理」变为「已反馈(销号)」');
    await settle();
    expect(heard).toEqual([]);
  });
});
