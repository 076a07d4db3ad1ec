// Side panel of the selected grid: its facts and, for those allowed to see it, its household register.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backend } from '../../data/backend';
import type { GridSummary, HouseholdRow, SessionUser, Vocabularies } from '../../data/types';
import { vocabName } from '../../i18n/i18n';
import { formatArea } from '../../lib/format';
import { HouseholdList } from '../households/HouseholdList';

interface Props {
  backend: Backend;
  gridId: number;
  user: SessionUser | null;
  session: number;
  vocab: Vocabularies;
  onClose(): void;
  onError(e: unknown): void;
}

interface Loaded {
  gridId: number;
  session: number;
  summary: GridSummary | null;
  households: HouseholdRow[];
}

export function GridPanel({ backend, gridId, user, session, vocab, onClose, onError }: Props) {
  const { t, i18n } = useTranslation();
  const [data, setData] = useState<Loaded | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([backend.gridSummary(gridId), backend.gridHouseholds(gridId)])
      .then(([summary, households]) => live && setData({ gridId, session, summary, households }))
      .catch((e) => live && onError(e));
    return () => {
      live = false;
    };
  }, [backend, gridId, session, onError]);

  const current = data && data.gridId === gridId && data.session === session ? data : null;
  useEffect(() => {
    // Benchmarks read this; a panel opened from the URL has no click to measure from.
    if (current && performance.getEntriesByName('gridgov:grid-click').length) {
      performance.measure('gridgov:grid-click-to-list', 'gridgov:grid-click');
      performance.clearMarks('gridgov:grid-click');
    }
  }, [current]);

  const s = current?.summary;
  return (
    <aside className="panel" data-testid="grid-panel" aria-busy={!current}>
      <header className="panel-head">
        <div>
          <div className="panel-kicker">{s ? t(`levels.${s.level}`) : '…'}</div>
          <h2 data-testid="grid-title">{s ? `${s.code} ${s.name}` : '…'}</h2>
        </div>
        <button type="button" className="close" onClick={onClose} aria-label={t('grid.close')}>
          ×
        </button>
      </header>
      {s && (
        <dl className="facts">
          <dt>{t('grid.area')}</dt>
          <dd>{formatArea(s.area_m2, i18n.language)}</dd>
          {s.parent && (
            <>
              <dt>{t('grid.parent')}</dt>
              <dd>{`${s.parent.code} ${s.parent.name}`}</dd>
            </>
          )}
          <dt>{t('grid.households')}</dt>
          <dd data-testid="summary-households">{s.households}</dd>
          <dt>{t('grid.people')}</dt>
          <dd>{s.people}</dd>
          <dt>{t('grid.courtyards')}</dt>
          <dd>{s.courtyards}</dd>
          <dt>{t('grid.openIncidents')}</dt>
          <dd>{s.open_incidents}</dd>
          <dt>{t('grid.staff')}</dt>
          <dd className="staff">
            {s.staff.length === 0
              ? t('grid.noStaff')
              : s.staff.map((p, i) => (
                  <span key={i}>
                    {t(`staffRoles.${p.role}`)} {p.name} {p.phone_masked ?? ''}
                  </span>
                ))}
          </dd>
        </dl>
      )}
      {s && Object.keys(s.tag_counts).length > 0 && (
        <div className="tag-counts">
          <h3>{t('grid.tags')}</h3>
          <ul>
            {vocab.householdTags
              .filter((x) => s.tag_counts[x.code])
              .map((x) => (
                <li key={x.code}>
                  <span>{vocabName(x, i18n.language)}</span>
                  <b>{s.tag_counts[x.code]}</b>
                </li>
              ))}
          </ul>
        </div>
      )}
      <h3 className="register-title">{t('households.title')}</h3>
      {current &&
        (current.households.length > 0 ? (
          <HouseholdList households={current.households} tags={vocab.householdTags} />
        ) : (
          <p className="notice" data-testid="households-hidden">
            {user ? t('households.noAccess') : t('households.signInToSee')}
          </p>
        ))}
    </aside>
  );
}
