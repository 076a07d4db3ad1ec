// Who looks after each grid (grid_staff): a 网格长 and one or two 专职网格员 per grid, one 兼职网格员 or 楼栋长
// per micro grid, one 楼栋长/单元长 per unit grid. Community-level grids are run by the community office, whose
// people are application users (profiles), not grid staff.
import type { District, Grid } from './district';
import { mobilePhone, personName } from './names';
import type { Random } from './random';

export type StaffRole = 'grid_leader' | 'grid_worker' | 'part_time_worker' | 'building_leader' | 'volunteer';

export interface StaffMember {
  id: number;
  gridId: number;
  userId: string | null;
  name: string;
  role: StaffRole;
  phone: string | null;
}

/** A demo user who also appears as a staff row, so signing in as them shows "my grid". */
export interface StaffLink {
  gridCode: string;
  role: StaffRole;
  userId: string;
  name: string;
  phone: string;
}

export function buildStaff(district: District, rng: Random, links: readonly StaffLink[]): StaffMember[] {
  const staff: StaffMember[] = [];
  const add = (grid: Grid, role: StaffRole, name: string, phone: string | null, userId: string | null = null) =>
    staff.push({ id: staff.length + 1, gridId: grid.id, userId, name, role, phone });

  for (const grid of district.grids) {
    const linked = (role: StaffRole) => links.find((l) => l.gridCode === grid.code && l.role === role);
    const leader = linked('grid_leader');
    if (leader) add(grid, 'grid_leader', leader.name, leader.phone, leader.userId);
    else add(grid, 'grid_leader', personName(rng, rng.chance(0.7) ? 'middle' : 'young'), mobilePhone(rng));
    const workers = rng.chance(0.6) ? 2 : 1;
    const worker = linked('grid_worker');
    for (let i = 0; i < workers; i++) {
      if (i === 0 && worker) add(grid, 'grid_worker', worker.name, worker.phone, worker.userId);
      else add(grid, 'grid_worker', personName(rng, rng.chance(0.6) ? 'young' : 'middle'), mobilePhone(rng));
    }
  }
  // Micro grids: a part-time worker in estates and compounds; in old courtyards a resident building leader.
  for (const micro of district.micros) {
    const role: StaffRole = micro.kind === 'bungalow' || rng.chance(0.35) ? 'building_leader' : 'part_time_worker';
    add(micro, role, personName(rng, role === 'building_leader' ? 'old' : 'middle'), mobilePhone(rng));
  }
  // Unit grids: 楼栋长/单元长 are usually retired residents; a few have no mobile on file.
  for (const unit of district.units) {
    add(unit, 'building_leader', personName(rng, rng.chance(0.7) ? 'old' : 'middle'), rng.chance(0.95) ? mobilePhone(rng) : null);
  }
  return staff;
}
