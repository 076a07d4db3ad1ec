// Managing users (invitations, roles and scope, deactivation) and reading the audit log. The database checks that
// the caller is an admin acting within their scope and logs every change (migrations 0018–0019).
import type { Rpc } from './rpc';
import type { AppRole, AuditEntry, InvitationInput, ManagedUser, PendingInvitation } from './types';

export class AdminApi {
  constructor(private readonly rpc: Rpc) {}

  users(): Promise<ManagedUser[]> {
    return this.rpc.rows<ManagedUser>('managed_users', {});
  }

  invitations(): Promise<PendingInvitation[]> {
    return this.rpc.rows<PendingInvitation>('pending_invitations', {});
  }

  audit(limit = 200): Promise<AuditEntry[]> {
    return this.rpc.rows<AuditEntry>('audit_entries', { p_limit: limit });
  }

  /** Invites someone by email; their first sign-in (magic link, password or phone) gives them the role. */
  invite(i: InvitationInput): Promise<number> {
    return this.rpc.value<number>('invite_user', {
      p_email: i.email,
      p_display_name: i.displayName,
      p_role: i.role,
      p_grid_id: i.gridId,
      p_department_id: i.departmentId,
    });
  }

  async setRole(userId: string, role: AppRole, gridId: number | null, departmentId: number | null): Promise<void> {
    await this.rpc.value('set_user_role', { p_user_id: userId, p_role: role, p_grid_id: gridId, p_department_id: departmentId });
  }

  async setActive(userId: string, active: boolean): Promise<void> {
    await this.rpc.value('set_user_active', { p_user_id: userId, p_active: active });
  }
}
