// The selected grid's facts from grid_summary(): what it is, who looks after it, who lives there and what is
// still open. Until the database answers, the static grid properties fill the header.
import { useTranslation } from 'react-i18next';
import type { GridProperties, GridSummary, HouseholdTag } from '../../data/types';
import { formatArea, formatNumber } from '../../lib/format';
import { vocabName } from '../../lib/vocab';

interface Props {
  grid: GridProperties | undefined;
  summary: GridSummary | null | undefined;
  loading: boolean;
  signedIn: boolean;
  tags: HouseholdTag[];
}

// Plain digits: the tiles hold counts of a few thousand at most, and tests read them as numbers.
function Stat({ label, value, testId }: { label: string; value: number | undefined; testId?: string }) {
  return (
    <div className="stat">
      <b data-testid={testId} data-value={value}>
        {value === undefined ? '…' : String(value)}
      </b>
      <span>{label}</span>
    </div>
  );
}

export function GridFacts({ grid, summary, loading, signedIn, tags }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const s = summary ?? undefined;
  const level = s?.level ?? grid?.level;
  const tagged = s ? tags.filter((x) => (s.tag_counts[x.code] ?? 0) > 0) : [];

  return (
    <section className="grid-facts" aria-busy={loading}>
      <div className="panel-kicker">{level ? t(`levels.${level}`) : ''}</div>
      <h2 data-testid="grid-title">{s ? `${s.code} ${s.name}` : grid ? `${grid.code} ${grid.name}` : '…'}</h2>
      <div className="stats">
        <Stat label={t('grid.households')} value={s?.households} testId="summary-households" />
        <Stat label={t('grid.people')} value={s?.people} />
        <Stat label={t('grid.courtyards')} value={s?.courtyards} />
        <Stat label={t('grid.openIncidents')} value={s?.open_incidents} />
      </div>
      {s && !signedIn && <p className="fine-print">{t('grid.countsNeedSignIn')}</p>}
      <dl className="facts">
        <dt>{t('grid.area')}</dt>
        <dd>{s || grid ? formatArea((s ?? grid)!.area_m2, lang) : '…'}</dd>
        {s?.parent && (
          <>
            <dt>{t('grid.parent')}</dt>
            <dd>{`${s.parent.code} ${s.parent.name}`}</dd>
          </>
        )}
        {s && s.children > 0 && (
          <>
            <dt>{t('grid.children')}</dt>
            <dd>{t('grid.childCount', { count: s.children, level: t(`levelsShort.${childLevel(s.level)}`) })}</dd>
          </>
        )}
        <dt>{t('grid.staff')}</dt>
        <dd className="staff">
          {!s && (grid?.leader ? `${t('staffRoles.grid_leader')} ${grid.leader}` : '…')}
          {s && s.staff.length === 0 && t('grid.noStaff')}
          {s?.staff.map((p, i) => (
            <span key={i}>
              <span className="role">{t(`staffRoles.${p.role}`)}</span> {p.name}
              {p.phone_masked && <span className="phone">{p.phone_masked}</span>}
            </span>
          ))}
        </dd>
      </dl>
      {s && signedIn && (
        <div className="tag-counts">
          <h3>{t('grid.tags')}</h3>
          {tagged.length === 0 ? (
            <p className="muted">{t('grid.noTags')}</p>
          ) : (
            <ul>
              {tagged.map((x) => (
                <li key={x.code} className={x.sensitive ? 'sensitive' : undefined}>
                  <span>{vocabName(x, lang)}</span>
                  <b>{formatNumber(s.tag_counts[x.code]!, lang)}</b>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

function childLevel(level: GridSummary['level']) {
  return level === 'community' ? 'grid' : level === 'grid' ? 'micro' : 'unit';
}
