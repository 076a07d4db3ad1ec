// Generates the demo district as plain SQL:
//
//   npx tsx scripts/demo/generate.ts [--anchor YYYY-MM-DD] [--out supabase/seed.sql]
//
// Writes the seed (applied after supabase/migrations on PostgreSQL 15+/PostGIS 3.3+ or PGlite) and
// src/data/demo-users.json (the app's demo sign-in), and prints one line of counts. Deterministic: the same
// SEED and the same anchor give the same bytes. The anchor defaults to today in Asia/Shanghai; the snapshot is
// 00:00 of that day, and every incident happens in the twelve months before it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { placeCourtyards, rateCourtyards } from './courtyards';
import { demoUser, demoUsersJson } from './demo-users';
import { ensureDepartmentWork } from './department-work';
import { buildDistrict } from './district';
import { buildHouseholds } from './households';
import { addSupport, rateClosedIncidents } from './incident-feedback';
import { buildIncidents, type IncidentWindow } from './incidents';
import { buildInspections } from './inspections';
import { buildRegister } from './register';
import { Random } from './random';
import { seedSql } from './seed-sql';
import { buildStaff } from './staff';
import { monthsBefore, shanghaiMidnight, todayInShanghai } from './time';
import { OPEN_STATUSES } from './vocabulary';

/** The one seed of the demo district. Change it and every name, shape and date changes with it. */
export const SEED = 20_250_611;

export const COUNTS = { courtyards: 300, incidents: 5000, residentReports: 8, supported: 40, demoDepartmentQueue: 6 } as const;

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Options {
  anchor: string;
  out: string;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { anchor: todayInShanghai(), out: resolve(ROOT, 'supabase/seed.sql') };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--anchor') options.anchor = value();
    else if (arg === '--out') options.out = resolve(process.cwd(), value());
    else throw new Error(`unknown argument ${arg}; usage: generate.ts [--anchor YYYY-MM-DD] [--out supabase/seed.sql]`);
  }
  shanghaiMidnight(options.anchor); // validates the date
  return options;
}

export function generate(anchor: string) {
  const root = new Random(SEED);
  const end = shanghaiMidnight(anchor);
  const window: IncidentWindow = { start: monthsBefore(end, 12), end };

  const district = buildDistrict(root.fork('district'));
  const leader = demoUser('grid_leader');
  const worker = demoUser('grid_worker');
  const resident = demoUser('resident');
  const staff = buildStaff(district, root.fork('staff'), [
    { gridCode: leader.grid_code!, role: 'grid_leader', userId: leader.id, name: leader.person_name, phone: leader.phone },
    { gridCode: worker.grid_code!, role: 'grid_worker', userId: worker.id, name: worker.person_name, phone: worker.phone },
  ]);
  const courtyards = placeCourtyards(district, root.fork('courtyards'), COUNTS.courtyards);
  const households = buildHouseholds(district, courtyards, root.fork('households'), end);
  rateCourtyards(courtyards, households, root.fork('courtyard-ratings'));
  const incidents = buildIncidents(district, households, root.fork('incidents'), window, COUNTS.incidents,
    { id: resident.id, name: resident.person_name, phone: resident.phone }, COUNTS.residentReports);
  rateClosedIncidents(incidents, root.fork('ratings'));
  addSupport(incidents, root.fork('support'), COUNTS.supported, end);
  ensureDepartmentWork(incidents, root.fork('department-work'), demoUser('department_staff').department_code!, COUNTS.demoDepartmentQueue);
  const inspections = buildInspections(courtyards, staff, root.fork('inspections'), end);
  const register = buildRegister(households, staff, root.fork('register'), end);
  return { anchor, window, district, staff, courtyards, households, incidents, inspections, register };
}

export type Generated = ReturnType<typeof generate>;

function summary(g: Generated, out: string, bytes: number): string {
  const level = (l: string) => g.district.all.filter((x) => x.level === l).length;
  const people = g.households.reduce((s, h) => s + h.size, 0);
  const open = g.incidents.filter((i) => OPEN_STATUSES.has(i.status)).length;
  const solved = g.incidents.filter((i) => i.status === 'resolved' || i.status === 'closed').length;
  const overdue = g.incidents.filter((i) => i.status !== 'rejected' && (i.resolvedAt ?? g.window.end) > i.dueAt).length;
  const events = g.incidents.reduce((s, i) => s + i.events.length, 0);
  const pct = (n: number) => `${((100 * n) / g.incidents.length).toFixed(1)}%`;
  return `seed ${SEED}, anchor ${g.anchor}: grids ${level('community')}/${level('grid')}/${level('micro')}/${level('unit')}, ` +
    `${g.staff.length} staff, ${g.courtyards.length} courtyards, ${g.households.length} households (${people} people, ` +
    `${g.register.members.length} members on file, ${g.register.visits.length} visits), ` +
    `${g.incidents.length} incidents (${open} open, ${pct(solved)} resolved, ${pct(overdue)} overdue), ${events} events ` +
    `→ ${out} (${(bytes / 1e6).toFixed(1)} MB)`;
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const generated = generate(options.anchor);
  const sql = seedSql(generated, SEED);
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, sql);
  writeFileSync(resolve(ROOT, 'src/data/demo-users.json'), demoUsersJson());
  console.log(summary(generated, options.out, Buffer.byteLength(sql)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (e) {
    console.error(`generate.ts: ${(e as Error).message}`);
    process.exit(1);
  }
}
