// Demo sign-in: act as one of the demo users of each role, or as an anonymous visitor. The role and scope
// shown come from the database's profiles table, not from this list.
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../data/types';

interface Props {
  users: SessionUser[];
  current: SessionUser | null;
  onChange(userId: string | null): void;
}

export function SignInPicker({ users, current, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <label className="signin">
      <span>{t('auth.label')}</span>
      <select
        data-testid="signin-picker"
        value={current?.id ?? ''}
        onChange={(e) => onChange(e.target.value || null)}
      >
        <option value="">{t('auth.anonymous')}</option>
        {users.map((u) => (
          <option key={u.id} value={u.id}>
            {u.display_name}（{t(`auth.roles.${u.role}`)}）
          </option>
        ))}
      </select>
    </label>
  );
}
