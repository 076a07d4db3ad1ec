// The parts of the migrations that only act on a Supabase project: the incident-photos and courtyard-photos buckets with their storage
// policies, and incidents in the supabase_realtime publication. A scratch database on the real server gets the
// same shapes Supabase has (a storage schema with buckets and objects under row level security, the publication)
// before the migrations run, so those branches run for real and their policies are exercised.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMigrations } from '../../scripts/lib/migrations';
import { postgresConfig } from './engines';

const PLATFORM = `
  create schema storage;
  create table storage.buckets (id text primary key, name text not null, public boolean not null default false,
    file_size_limit bigint, allowed_mime_types text[]);
  create table storage.objects (id uuid primary key default gen_random_uuid(), bucket_id text references storage.buckets (id),
    name text not null, owner uuid);
  alter table storage.objects enable row level security;
  grant usage on schema storage to anon, authenticated;
  grant select, insert, update, delete on storage.objects to anon, authenticated;
  create publication supabase_realtime;`;

const REPORTER = '30000000-0000-4000-8000-000000000001';
const NEIGHBOUR = '30000000-0000-4000-8000-000000000002';
const WORKER = '30000000-0000-4000-8000-000000000003';

const dbName = `gridgov_platform_${process.pid}_${Date.now()}`;
const admin = new pg.Client({ ...postgresConfig, database: 'postgres' });
let client: pg.Client;
let incidentId: number;
let inspectionId: number;
let householdId: number;

/** One statement as a signed-in user (or anon), inside a transaction that is rolled back. */
async function asUser(userId: string | null, sql: string, params: unknown[] = []) {
  await client.query('begin');
  try {
    await client.query(`select set_config('role', $1, true), set_config('request.jwt.claims', $2, true)`,
      [userId ? 'authenticated' : 'anon', JSON.stringify(userId ? { sub: userId, role: 'authenticated' } : { role: 'anon' })]);
    return (await client.query(sql, params)).rows;
  } finally {
    await client.query('rollback');
  }
}

beforeAll(async () => {
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  client = new pg.Client({ ...postgresConfig, database: dbName });
  await client.connect();
  const [first, ...rest] = readMigrations();
  await client.query(first!.sql);
  await client.query(PLATFORM);
  for (const m of rest) await client.query(m.sql);
  await client.query('set search_path = "$user", public, extensions');
  await client.query(`
    insert into public.grids (level, code, name, geom)
      values ('community', '01', '测试社区', 'SRID=4326;MULTIPOLYGON(((112.5 37.8,112.51 37.8,112.51 37.81,112.5 37.81,112.5 37.8)))');
    insert into auth.users (id) values ('${REPORTER}'), ('${NEIGHBOUR}'), ('${WORKER}');
    insert into public.profiles (user_id, display_name, role) values ('${REPORTER}', '居民甲', 'resident'), ('${NEIGHBOUR}', '居民乙', 'resident');
    insert into public.profiles (user_id, display_name, role, grid_id) select '${WORKER}', '网格员', 'grid_worker', id from public.grids;
    insert into public.courtyards (code, name, address, location, landlord_name)
      values ('T-1', '测试院', '测试街 1 号', 'SRID=4326;POINT(112.505 37.805)', '房东');`);
  inspectionId = (await client.query<{ id: number }>(`
    select private.record_inspection(c.id, (select jsonb_agg(jsonb_build_object('item', code, 'result', 'pass')) from public.inspection_items),
      null, null, null, now(), '网格员') id from public.courtyards c`)).rows[0]!.id;
  householdId = (await client.query<{ id: number }>(`
    insert into public.households (grid_id, building, room, address, head_name)
    select id, '1号楼', '101', '测试街 1 号 1号楼101', '户主' from public.grids returning id`)).rows[0]!.id;
  incidentId = (await client.query<{ id: number }>(`
    insert into public.incidents (category, source, title, location, reporter_id)
    values ('other', 'wechat', '路灯不亮', 'SRID=4326;POINT(112.505 37.805)', '${REPORTER}') returning id`)).rows[0]!.id;
}, 120_000);

afterAll(async () => {
  await client?.end();
  await admin.query(`drop database if exists ${dbName}`);
  await admin.end();
});

describe('on a Supabase project (storage schema and realtime publication present)', () => {
  it('creates the private incident-photos bucket: 5 MB, JPEG/PNG/WebP', async () => {
    const { rows } = await client.query('select public, file_size_limit, allowed_mime_types from storage.buckets where id = $1', ['incident-photos']);
    expect(rows).toEqual([{ public: false, file_size_limit: '5242880', allowed_mime_types: ['image/jpeg', 'image/png', 'image/webp'] }]);
  });

  it('publishes incidents to Supabase Realtime', async () => {
    const { rows } = await client.query(`select tablename from pg_publication_tables where pubname = 'supabase_realtime'`);
    expect(rows).toEqual([{ tablename: 'incidents' }]);
  });

  it("lets the reporter upload under the incident's folder", async () => {
    const rows = await asUser(REPORTER, `insert into storage.objects (bucket_id, name) values ('incident-photos', $1) returning name`,
      [`${incidentId}/0e3f7d1e-0000-4000-8000-000000000001.jpg`]);
    expect(rows).toHaveLength(1);
  });

  it("refuses another resident's upload, and a path outside any incident", async () => {
    await expect(asUser(NEIGHBOUR, `insert into storage.objects (bucket_id, name) values ('incident-photos', $1)`,
      [`${incidentId}/0e3f7d1e-0000-4000-8000-000000000002.jpg`])).rejects.toThrow(/row-level security/);
    await expect(asUser(REPORTER, `insert into storage.objects (bucket_id, name) values ('incident-photos', $1)`,
      ['photos/0e3f7d1e-0000-4000-8000-000000000003.jpg'])).rejects.toThrow(/row-level security/);
  });

  it("shows a public incident's photos to anyone, and no anonymous upload", async () => {
    await client.query(`insert into storage.objects (bucket_id, name) values ('incident-photos', $1)`, [`${incidentId}/a.jpg`]);
    expect(await asUser(null, `select name from storage.objects`)).toEqual([{ name: `${incidentId}/a.jpg` }]);
    await expect(asUser(null, `insert into storage.objects (bucket_id, name) values ('incident-photos', $1)`, [`${incidentId}/b.jpg`]))
      .rejects.toThrow(/row-level security/);
  });

  it('creates the private courtyard-photos bucket for inspection photos', async () => {
    const { rows } = await client.query('select public, file_size_limit from storage.buckets where id = $1', ['courtyard-photos']);
    expect(rows).toEqual([{ public: false, file_size_limit: '5242880' }]);
  });

  it("lets the courtyard's grid worker upload under the inspection's folder, and nobody else", async () => {
    const name = `${inspectionId}/0e3f7d1e-0000-4000-8000-000000000004.jpg`;
    const insert = `insert into storage.objects (bucket_id, name) values ('courtyard-photos', $1) returning name`;
    expect(await asUser(WORKER, insert, [name])).toHaveLength(1);
    await expect(asUser(REPORTER, insert, [name])).rejects.toThrow(/row-level security/);
    await expect(asUser(WORKER, insert, [`${inspectionId + 1}/0e3f7d1e-0000-4000-8000-000000000005.jpg`])).rejects.toThrow(/row-level security/);
    await expect(asUser(null, insert, [name])).rejects.toThrow(/row-level security/);
  });

  it('shows inspection photos to the grid staff only', async () => {
    await client.query(`insert into storage.objects (bucket_id, name) values ('courtyard-photos', $1)`, [`${inspectionId}/c.jpg`]);
    const visible = `select name from storage.objects where bucket_id = 'courtyard-photos'`;
    expect(await asUser(WORKER, visible)).toEqual([{ name: `${inspectionId}/c.jpg` }]);
    expect(await asUser(REPORTER, visible)).toEqual([]);
    expect(await asUser(null, visible)).toEqual([]);
  });

  it('creates the private visit-photos bucket for visit photos', async () => {
    const { rows } = await client.query('select public, file_size_limit from storage.buckets where id = $1', ['visit-photos']);
    expect(rows).toEqual([{ public: false, file_size_limit: '5242880' }]);
  });

  it("lets the household's grid worker upload under a visit folder of that household, and nobody else", async () => {
    const visit = '7a1f0a52-4c3e-4b8e-9d1e-00000000f001';
    const name = `${householdId}/${visit}/0e3f7d1e-0000-4000-8000-000000000006.jpg`;
    const insert = `insert into storage.objects (bucket_id, name) values ('visit-photos', $1) returning name`;
    expect(await asUser(WORKER, insert, [name])).toHaveLength(1);
    await expect(asUser(REPORTER, insert, [name])).rejects.toThrow(/row-level security/);
    await expect(asUser(WORKER, insert, [`${householdId + 1}/${visit}/0e3f7d1e-0000-4000-8000-000000000007.jpg`])).rejects.toThrow(/row-level security/);
    await expect(asUser(WORKER, insert, [`${householdId}/0e3f7d1e-0000-4000-8000-000000000008.jpg`])).rejects.toThrow(/row-level security/);
    await expect(asUser(null, insert, [name])).rejects.toThrow(/row-level security/);
  });

  it('shows visit photos to whoever sees the household, and to nobody else', async () => {
    const name = `${householdId}/7a1f0a52-4c3e-4b8e-9d1e-00000000f001/d.jpg`;
    await client.query(`insert into storage.objects (bucket_id, name) values ('visit-photos', $1)`, [name]);
    const visible = `select name from storage.objects where bucket_id = 'visit-photos'`;
    expect(await asUser(WORKER, visible)).toEqual([{ name }]);
    expect(await asUser(REPORTER, visible)).toEqual([]);
    expect(await asUser(null, visible)).toEqual([]);
  });
});
