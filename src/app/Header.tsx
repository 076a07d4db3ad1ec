// Top bar: product and district, who you are acting as, the demo reset and the language switch.
import { useTranslation } from 'react-i18next';
import type { Backend } from '../data/backend';
import { AccountSignIn } from '../features/auth/AccountSignIn';
import { ResetDemoButton } from '../features/auth/ResetDemoButton';
import { SignInPicker } from '../features/auth/SignInPicker';
import type { Session } from '../features/auth/use-session';
import { routePath } from '../lib/route';
import { LanguageSwitch } from './LanguageSwitch';

interface Props {
  backend: Backend;
  ready: boolean;
  session: Session;
  onError(e: unknown): void;
}

export function Header({ backend, ready, session, onError }: Props) {
  const { t } = useTranslation();
  const district = (import.meta.env.VITE_DISTRICT_NAME as string | undefined) || t('app.district');
  return (
    <header className="topbar">
      <h1>{t('app.title')}</h1>
      <span className="district">{district}</span>
      <div className="spacer" />
      {backend.auth && (
        <AccountSignIn
          auth={backend.auth}
          user={session.user}
          onSignedIn={session.adopt}
          onSignOut={() => session.signInAs(null).catch(onError)}
          onError={onError}
        />
      )}
      {backend.info.demoUsers.length > 0 && (
        <SignInPicker
          users={backend.info.demoUsers}
          current={session.user}
          known={ready}
          disabled={session.switching}
          onChange={(id) => session.signInAs(id).catch(onError)}
        />
      )}
      {(session.user?.role === 'district_admin' || session.user?.role === 'community_admin') && (
        <a className="header-link" href={routePath({ page: 'admin' }, import.meta.env.BASE_URL)} data-testid="admin-link">
          {t('admin.link')}
        </a>
      )}
      {(session.user?.role === 'district_admin' || session.user?.role === 'community_admin') && (
        <a className="header-link" href={routePath({ page: 'grids' }, import.meta.env.BASE_URL)} data-testid="grid-io-link">
          {t('gridIo.link')}
        </a>
      )}
      {session.user && session.user.role !== 'resident' && (
        <a className="header-link" href={routePath({ page: 'data' }, import.meta.env.BASE_URL)} data-testid="data-link"
          // The map's filters travel along, so an export holds what the map shows.
          onClick={(e) => { e.currentTarget.search = window.location.search; }}>
          {t('dataIo.link')}
        </a>
      )}
      {session.user && ['district_admin', 'community_admin', 'grid_leader', 'grid_worker'].includes(session.user.role) && (
        <a className="header-link" href={routePath({ page: 'field' }, import.meta.env.BASE_URL)} data-testid="field-link">
          {t('field.link')}
        </a>
      )}
      {session.user && ['district_admin', 'community_admin', 'grid_leader', 'grid_worker'].includes(session.user.role) && (
        <a className="header-link" href={routePath({ page: 'care' }, import.meta.env.BASE_URL)} data-testid="care-link">
          {t('care.link')}
        </a>
      )}
      {backend.resetDemoData && <ResetDemoButton reset={() => backend.resetDemoData!()} disabled={!ready} />}
      <LanguageSwitch />
    </header>
  );
}
