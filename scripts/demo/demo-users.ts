// The demo sign-in's users: one per application role, with fixed ids so the seed, the app's demo sign-in
// (src/data/demo-users.json) and the SQL tests all name the same people.

import type { DepartmentCode } from './vocabulary';

export type AppRole = 'district_admin' | 'community_admin' | 'grid_leader' | 'grid_worker' | 'department_staff' | 'resident';

export interface DemoUser {
  id: string;
  /** Shown in the sign-in picker: the job and the person. */
  display_name: string;
  role: AppRole;
  /** Root of the user's scope by grid code; the seed resolves it to a grid id. */
  grid_code: string | null;
  /** Department by code (see public.departments); the seed resolves it to an id. */
  department_code: DepartmentCode | null;
  email: string;
  /** The person's own name, used where the seed puts them in a record (staff row, reporter). */
  person_name: string;
  phone: string;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { id: 'd0000000-0000-4000-8000-000000000001', display_name: '街道管理员 王建国', role: 'district_admin',
    grid_code: null, department_code: null, email: 'admin@demo.gridgov', person_name: '王建国', phone: '13835100001' },
  { id: 'd0000000-0000-4000-8000-000000000002', display_name: '桃园社区管理员 李芳', role: 'community_admin',
    grid_code: '01', department_code: null, email: 'taoyuan@demo.gridgov', person_name: '李芳', phone: '13835100002' },
  { id: 'd0000000-0000-4000-8000-000000000003', display_name: '网格长 张伟', role: 'grid_leader',
    grid_code: '01-01', department_code: null, email: 'leader@demo.gridgov', person_name: '张伟', phone: '13835100003' },
  { id: 'd0000000-0000-4000-8000-000000000004', display_name: '网格员 刘洋', role: 'grid_worker',
    grid_code: '02-03', department_code: null, email: 'worker@demo.gridgov', person_name: '刘洋', phone: '13835100004' },
  { id: 'd0000000-0000-4000-8000-000000000005', display_name: '自来水公司 陈静', role: 'department_staff',
    grid_code: null, department_code: 'water', email: 'water@demo.gridgov', person_name: '陈静', phone: '13835100005' },
  { id: 'd0000000-0000-4000-8000-000000000006', display_name: '居民 赵敏', role: 'resident',
    grid_code: null, department_code: null, email: 'resident@demo.gridgov', person_name: '赵敏', phone: '13835100006' },
];

export function demoUser(role: AppRole): DemoUser {
  const u = DEMO_USERS.find((x) => x.role === role);
  if (!u) throw new Error(`no demo user with role ${role}`);
  return u;
}

/** The public part of each demo user, as the app's demo sign-in reads it from src/data/demo-users.json. */
export function demoUsersJson(): string {
  const rows = DEMO_USERS.map(({ id, display_name, role, grid_code, department_code, email }) =>
    ({ id, email, display_name, role, grid_code, department_code }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}
