// One person the admin manages: role and scope (changed in place), active or not.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridProperties, ManagedUser, Vocabularies } from '../../data/types';
import { vocabName } from '../../lib/vocab';
import { ScopeFields, type Scope } from './ScopeFields';

interface Props {
  user: ManagedUser;
  grids: GridProperties[];
  vocab: Vocabularies | undefined;
  onScope(scope: Scope): Promise<boolean>;
  onActive(active: boolean): Promise<boolean>;
}

export function UserRow({ user, grids, vocab, onScope, onActive }: Props) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<Scope | null>(null);
  const department = vocab?.departments.find((d) => d.id === user.department_id);
  const scopeText = user.grid_code ? `${user.grid_code} ${user.grid_name ?? ''}` : department ? vocabName(department, i18n.language) : '—';
  return (
    <tr className={user.is_active ? '' : 'inactive'} data-testid="admin-user" data-user={user.user_id} data-active={user.is_active}>
      <td>{user.display_name}</td>
      {editing ? (
        <td colSpan={2} className="editing">
          <ScopeFields value={editing} grids={grids} vocab={vocab} onChange={setEditing} testid="user" />
          <button type="button" data-testid="user-save" onClick={() => void onScope(editing).then((ok) => ok && setEditing(null))}>
            {t('admin.save')}
          </button>
          <button type="button" onClick={() => setEditing(null)}>
            {t('admin.cancel')}
          </button>
        </td>
      ) : (
        <>
          <td data-testid="admin-user-role">{t(`auth.roles.${user.role}`)}</td>
          <td>{scopeText}</td>
        </>
      )}
      <td>{user.is_active ? t('admin.active') : t('admin.inactive')}</td>
      <td className="actions">
        {!editing && (
          <button type="button" data-testid="user-edit"
            onClick={() => setEditing({ role: user.role, gridId: user.grid_id, departmentId: user.department_id })}>
            {t('admin.edit')}
          </button>
        )}
        <button type="button" data-testid="user-toggle" onClick={() => void onActive(!user.is_active)}>
          {user.is_active ? t('admin.deactivate') : t('admin.reactivate')}
        </button>
      </td>
    </tr>
  );
}
