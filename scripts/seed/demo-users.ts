// The demo sign-in's users, one per role, with fixed ids so the seed, the app and the tests agree.
export interface DemoUser {
  id: string;
  email: string;
  display_name: string;
  role: 'district_admin' | 'community_admin' | 'grid_leader' | 'grid_worker' | 'department_staff' | 'resident';
  /** Scope root by grid code (the seed resolves it to an id). */
  grid_code: string | null;
  department_code: string | null;
}

export const DEMO_USERS: DemoUser[] = [
  { id: 'd0000000-0000-4000-8000-000000000001', email: 'admin@demo.gridgov', display_name: '街道管理员 王建国', role: 'district_admin', grid_code: null, department_code: null },
  { id: 'd0000000-0000-4000-8000-000000000002', email: 'taoyuan@demo.gridgov', display_name: '桃园社区管理员 李芳', role: 'community_admin', grid_code: '01', department_code: null },
  { id: 'd0000000-0000-4000-8000-000000000003', email: 'leader@demo.gridgov', display_name: '网格长 张伟', role: 'grid_leader', grid_code: '01-01', department_code: null },
  { id: 'd0000000-0000-4000-8000-000000000004', email: 'worker@demo.gridgov', display_name: '网格员 刘洋', role: 'grid_worker', grid_code: '02-03', department_code: null },
  { id: 'd0000000-0000-4000-8000-000000000005', email: 'water@demo.gridgov', display_name: '自来水公司 陈静', role: 'department_staff', grid_code: null, department_code: 'water' },
  { id: 'd0000000-0000-4000-8000-000000000006', email: 'resident@demo.gridgov', display_name: '居民 赵敏', role: 'resident', grid_code: null, department_code: null },
];
