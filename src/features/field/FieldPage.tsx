// 网格员工作台: a grid worker's phone-sized home — my grids, my due visits (overdue first), my open incidents, my
// courtyards to inspect — and, from a due visit, the household's record and the visit form; a new household is
// registered from here too. Changes go through
// the outbox, so a poor connection loses nothing: the embedded database keeps working offline, and in Supabase
// mode changes wait on the device and are sent when the network answers, conflicts shown rather than overwritten.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backend } from '../../data/backend';
import { errorMessageText } from '../../i18n/error-text';
import { routePath } from '../../lib/route';
import { useQuery } from '../../lib/use-query';
import { useSignedInUser } from '../../lib/use-signed-in-user';
import { DueList } from './DueList';
import { HomeCourtyards, HomeGrids, HomeIncidents } from './HomeLists';
import { HouseholdCreate } from './HouseholdCreate';
import { HouseholdSheet } from './HouseholdSheet';
import { OutboxBar } from './OutboxBar';
import { retryItem, useOutbox } from './use-outbox';
import './field.css';

const STAFF_ROLES = new Set(['district_admin', 'community_admin', 'grid_leader', 'grid_worker']);

export default function FieldPage({ backend, languageSwitch }: { backend: Backend; languageSwitch: React.ReactNode }) {
  const { t } = useTranslation();
  const { ready, user } = useSignedInUser(backend);
  const staff = user !== null && STAFF_ROLES.has(user.role);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<unknown>(null);
  // ?household=ID opens a household directly (a link, or back after a reload).
  const [open, setOpen] = useState<number | null>(() => Number(new URLSearchParams(location.search).get('household')) || null);
  const key = staff ? `${user.id}:${version}` : null;
  const home = useQuery(key && `home:${key}`, () => backend.field.home(), setError);
  const [creating, setCreating] = useState(false);
  const vocab = useQuery(staff ? 'vocab' : null, () => backend.vocabularies(), setError);
  const { outbox, items, online } = useOutbox(backend, staff ? user.id : null);
  const changed = useCallback(() => setVersion((v) => v + 1), []);

  return (
    <div className="field-page" data-testid="field-page">
      <header className="field-bar">
        <h1>{t('field.title')}</h1>
        <span className={online ? 'net on' : 'net off'} data-testid="field-net">
          {online ? t('field.online') : t('field.offline')}
        </span>
        <span className="spacer" />
        <a href={routePath({ page: 'map' }, import.meta.env.BASE_URL)}>{t('field.backToMap')}</a>
        {languageSwitch}
      </header>
      {!online && <p className="field-note">{t('field.offlineHint')}</p>}
      {outbox && (
        <OutboxBar outbox={outbox} items={items} onRetry={(item) => void retryItem(backend, outbox, item).then(changed, setError)} />
      )}
      {error !== null && (
        <p className="field-error" role="alert" data-testid="field-error">
          {errorMessageText(error)}
        </p>
      )}
      {!ready ? (
        <p className="muted">{t('field.loading')}</p>
      ) : !staff ? (
        <p className="field-note" data-testid="field-forbidden">{t('field.staffOnly')}</p>
      ) : (
        <main className="field-main">
          <p className="field-who">{user.display_name}</p>
          <HomeGrids grids={home.latest?.grids} />
          {creating && outbox && home.latest ? (
            <HouseholdCreate
              outbox={outbox}
              grids={home.latest.grids}
              tags={vocab.data?.householdTags ?? []}
              onCancel={() => setCreating(false)}
              onCreated={(id) => {
                setCreating(false);
                changed();
                setOpen(id);
              }}
            />
          ) : (
            <button type="button" className="primary" onClick={() => setCreating(true)} data-testid="household-new">
              {t('register.newHousehold')}
            </button>
          )}
          {key && (
            <DueList backend={backend} version={key} tags={vocab.data?.householdTags ?? []} onOpen={(r) => setOpen(r.household_id)} onError={setError} />
          )}
          <HomeIncidents incidents={home.latest?.incidents} statuses={vocab.data?.statuses ?? []} />
          <HomeCourtyards courtyards={home.latest?.courtyards} />
        </main>
      )}
      {open !== null && outbox && vocab.data && (
        <HouseholdSheet
          backend={backend}
          outbox={outbox}
          householdId={open}
          vocab={vocab.data}
          onClose={() => setOpen(null)}
          onChanged={changed}
        />
      )}
    </div>
  );
}
