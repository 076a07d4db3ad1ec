// 用户管理: the people an admin manages (role, scope, active), invitations, and the audit log. The page is for
// street and community admins; everyone else is told so. Every change goes through a database function that
// checks scope and logs it; a refusal is shown in the user's language and nothing changes.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backend } from '../../data/backend';
import { errorMessageText } from '../../i18n/error-text';
import { routePath } from '../../lib/route';
import { useSignedInUser } from '../../lib/use-signed-in-user';
import { AuditTable } from './AuditTable';
import { InviteForm } from './InviteForm';
import { UserRow } from './UserRow';
import { useAdminData } from './use-admin-data';
import './admin.css';

export default function AdminPage({ backend, languageSwitch }: { backend: Backend; languageSwitch: React.ReactNode }) {
  const { t } = useTranslation();
  const { ready, user } = useSignedInUser(backend);
  const admin = user !== null && (user.role === 'district_admin' || user.role === 'community_admin');
  const [error, setError] = useState<unknown>(null);
  const onError = useCallback((e: unknown) => setError(e), []);
  const data = useAdminData(backend, admin ? user.id : null, onError);
  const act = (run: () => Promise<unknown>) => {
    setError(null);
    return data.change(run);
  };

  return (
    <div className="admin-page">
      <header className="admin-bar">
        <h1>{t('admin.title')}</h1>
        {user && <span className="who">{user.display_name} · {t(`auth.roles.${user.role}`)}</span>}
        <span className="spacer" />
        <a href={routePath({ page: 'map' }, import.meta.env.BASE_URL)}>{t('admin.backToMap')}</a>
        {languageSwitch}
      </header>
      {!ready ? (
        <p className="muted">{t('admin.loading')}</p>
      ) : !admin ? (
        <p className="admin-message" data-testid="admin-forbidden">{t('admin.adminsOnly')}</p>
      ) : (
        <main className="admin-main">
          {error !== null && (
            <p className="admin-error" role="alert" data-testid="admin-error">
              {errorMessageText(error)}
            </p>
          )}
          <section>
            <h2>{t('admin.inviteTitle')}</h2>
            <p className="muted">{t('admin.inviteHint')}</p>
            <InviteForm grids={data.grids} vocab={data.vocab} onInvite={(i) => act(() => backend.admin.invite(i))} />
            {data.invitations && data.invitations.length > 0 && (
              <ul className="invitations" data-testid="invitations">
                {data.invitations.map((i) => (
                  <li key={i.id} data-testid="invitation">
                    {i.email} · {i.display_name} · {t(`auth.roles.${i.role}`)}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section>
            <h2>{t('admin.usersTitle')}</h2>
            <table className="admin-table" data-testid="admin-users">
              <thead>
                <tr>
                  <th>{t('admin.name')}</th>
                  <th>{t('admin.role')}</th>
                  <th>{t('admin.scope')}</th>
                  <th>{t('admin.state')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {data.users?.map((u) => (
                  <UserRow
                    key={u.user_id}
                    user={u}
                    grids={data.grids}
                    vocab={data.vocab}
                    onScope={(s) => act(() => backend.admin.setRole(u.user_id, s.role, s.gridId, s.departmentId))}
                    onActive={(active) => act(() => backend.admin.setActive(u.user_id, active))}
                  />
                ))}
              </tbody>
            </table>
          </section>
          <section>
            <h2>{t('admin.auditTitle')}</h2>
            {data.audit && <AuditTable rows={data.audit} />}
          </section>
        </main>
      )}
    </div>
  );
}
