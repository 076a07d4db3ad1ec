// Demo sign-in: act as one of the demo users (one per role) or as an anonymous visitor. The role shown comes
// from the database's profiles table (backend.currentUser()), not from the demo list.
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../data/types';

interface Props {
  users: SessionUser[];
  current: SessionUser | null;
  /** False until the backend has restored who was signed in. */
  known: boolean;
  disabled: boolean;
  onChange(userId: string | null): void;
}

export function SignInPicker({ users, current, known, disabled, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <label className="signin">
      <span className="signin-label">{t('auth.label')}</span>
      <select
        data-testid="signin-picker"
        value={current?.id ?? ''}
        disabled={disabled || !known}
        onChange={(e) => onChange(e.target.value || null)}
      >
        <option value="">{known ? t('auth.anonymous') : t('auth.connecting')}</option>
        {known &&
          users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.display_name}
            </option>
          ))}
      </select>
      {known && (
        <span className="role-badge" data-testid="current-role">
          {current ? t(`auth.roles.${current.role}`) : t('auth.visitor')}
        </span>
      )}
    </label>
  );
}
