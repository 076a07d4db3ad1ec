// Role, and the grid or department that role needs: shared by the invitation form and the user rows.
import { useTranslation } from 'react-i18next';
import type { AppRole, GridProperties, Vocabularies } from '../../data/types';
import { vocabName } from '../../lib/vocab';

export const ROLES: AppRole[] = ['district_admin', 'community_admin', 'grid_leader', 'grid_worker', 'department_staff', 'resident'];

export interface Scope {
  role: AppRole;
  gridId: number | null;
  departmentId: number | null;
}

interface Props {
  value: Scope;
  grids: GridProperties[];
  vocab: Vocabularies | undefined;
  onChange(next: Scope): void;
  testid: string;
}

export function ScopeFields({ value, grids, vocab, onChange, testid }: Props) {
  const { t, i18n } = useTranslation();
  const needsGrid = value.role === 'community_admin' || value.role === 'grid_leader' || value.role === 'grid_worker';
  const choices = grids.filter((g) => (value.role === 'community_admin' ? g.level === 'community' : g.level === 'grid'));
  return (
    <>
      <select
        value={value.role}
        aria-label={t('admin.role')}
        data-testid={`${testid}-role`}
        onChange={(e) => onChange({ role: e.target.value as AppRole, gridId: null, departmentId: null })}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`auth.roles.${r}`)}
          </option>
        ))}
      </select>
      {needsGrid && (
        <select
          value={value.gridId ?? ''}
          aria-label={t('admin.grid')}
          data-testid={`${testid}-grid`}
          onChange={(e) => onChange({ ...value, gridId: e.target.value ? Number(e.target.value) : null })}
        >
          <option value="">{t('admin.chooseGrid')}</option>
          {choices.map((g) => (
            <option key={g.id} value={g.id}>
              {g.code} {g.name}
            </option>
          ))}
        </select>
      )}
      {value.role === 'department_staff' && (
        <select
          value={value.departmentId ?? ''}
          aria-label={t('admin.department')}
          data-testid={`${testid}-department`}
          onChange={(e) => onChange({ ...value, departmentId: e.target.value ? Number(e.target.value) : null })}
        >
          <option value="">{t('admin.chooseDepartment')}</option>
          {vocab?.departments.map((d) => (
            <option key={d.id} value={d.id}>
              {vocabName(d, i18n.language)}
            </option>
          ))}
        </select>
      )}
    </>
  );
}
