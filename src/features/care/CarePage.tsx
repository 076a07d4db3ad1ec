// 关爱对象 / 重点人员名单: households filtered by tags and visit status over the signed-in staff member's area, or a
// polygon drawn on the map; shown as dots and as a list, and exported as CSV. The database decides what each role
// sees (row level security) and phones stay masked, in the list and in the file alike.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backend } from '../../data/backend';
import type { CareVisitFilter } from '../../data/types';
import { errorMessageText } from '../../i18n/error-text';
import { careCsv } from '../../lib/care-export';
import { formatDate } from '../../lib/format';
import { routePath } from '../../lib/route';
import { useQuery } from '../../lib/use-query';
import { useSignedInUser } from '../../lib/use-signed-in-user';
import { vocabLabel } from '../../lib/vocab';
import { CareMap } from './CareMap';
import './care.css';

const VISITS: CareVisitFilter[] = ['all', 'overdue', 'due_week', 'visited_30d', 'never'];
const SHOWN = 300;

export default function CarePage({ backend, languageSwitch }: { backend: Backend; languageSwitch: React.ReactNode }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { ready, user } = useSignedInUser(backend);
  const staff = user !== null && user.role !== 'resident' && user.role !== 'department_staff';
  const [tags, setTags] = useState<string[]>(['elderly_alone']);
  const [visit, setVisit] = useState<CareVisitFilter>('all');
  const [area, setArea] = useState<GeoJSON.Polygon | null>(null);
  const [error, setError] = useState<unknown>(null);
  const vocab = useQuery(staff ? 'vocab' : null, () => backend.vocabularies(), setError);
  const grids = useQuery(staff ? 'grids' : null, () => backend.grids(), setError);
  const list = useQuery(staff ? `care:${user.id}:${tags.join(',')}:${visit}:${JSON.stringify(area)}` : null,
    () => backend.field.careList(tags, visit, area), setError);
  const rows = list.data;
  const tagName = (code: string) => vocabLabel(vocab.data?.householdTags, code, lang);

  const csvUrl = useMemo(() => {
    if (!rows) return null;
    const csv = careCsv(rows, {
      header: [t('care.col.grid'), t('care.col.address'), t('care.col.head'), t('care.col.phone'), t('care.col.size'),
        t('care.col.tags'), t('care.col.lastVisit'), t('care.col.due'), t('care.col.overdue')],
      tag: (code) => vocabLabel(vocab.data?.householdTags, code, lang),
      overdue: t('field.overdueTag'),
      never: t('field.neverVisited'),
    });
    return URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  }, [rows, vocab.data, lang, t]);

  const toggle = (code: string) => setTags((ts) => (ts.includes(code) ? ts.filter((x) => x !== code) : [...ts, code]));

  return (
    <div className="care-page" data-testid="care-page">
      <header className="care-bar">
        <h1>{t('care.title')}</h1>
        <span className="spacer" />
        <a href={routePath({ page: 'map' }, import.meta.env.BASE_URL)}>{t('field.backToMap')}</a>
        {languageSwitch}
      </header>
      {error !== null && (
        <p className="care-error" role="alert" data-testid="care-error">
          {errorMessageText(error)}
        </p>
      )}
      {!ready ? (
        <p className="muted">{t('field.loading')}</p>
      ) : !staff ? (
        <p className="care-error" data-testid="care-forbidden">{t('care.staffOnly')}</p>
      ) : (
        <main className="care-main">
          <section className="care-filters">
            <div className="chips" role="group" aria-label={t('care.tags')}>
              {vocab.data?.householdTags.map((x) => (
                <button key={x.code} type="button" className={tags.includes(x.code) ? 'chip on' : 'chip'} aria-pressed={tags.includes(x.code)}
                  onClick={() => toggle(x.code)} data-testid={`care-tag-${x.code}`}>
                  {tagName(x.code)}
                </button>
              ))}
            </div>
            <label>
              {t('care.visit')}{' '}
              <select value={visit} onChange={(e) => setVisit(e.target.value as CareVisitFilter)} data-testid="care-visit">
                {VISITS.map((v) => (
                  <option key={v} value={v}>
                    {t(`care.visits.${v}`)}
                  </option>
                ))}
              </select>
            </label>
            <span className="care-count" data-testid="care-count" data-count={rows?.length ?? ''} data-area={area !== null}>
              {rows ? t('care.count', { count: rows.length }) : t('field.loading')}
              {area && ` · ${t('care.inArea')}`}
            </span>
            {csvUrl && (
              <a className="care-export" href={csvUrl} download={`${t('care.fileName')}.csv`} data-testid="care-export">
                {t('care.export')}
              </a>
            )}
          </section>
          <CareMap grids={grids.data} rows={rows} onArea={setArea} />
          <table className="care-table" data-testid="care-table">
            <thead>
              <tr>
                <th>{t('care.col.address')}</th>
                <th>{t('care.col.head')}</th>
                <th>{t('care.col.phone')}</th>
                <th>{t('care.col.tags')}</th>
                <th>{t('care.col.lastVisit')}</th>
              </tr>
            </thead>
            <tbody>
              {rows?.slice(0, SHOWN).map((r) => (
                <tr key={r.household_id} className={r.overdue ? 'overdue' : ''} data-testid="care-row">
                  <td>{r.address}</td>
                  <td>{r.head_name}</td>
                  <td>{r.phone_masked ?? '—'}</td>
                  <td>{r.tags.map(tagName).join('、')}</td>
                  <td>{r.last_visit_at ? formatDate(r.last_visit_at, lang) : t('field.neverVisited')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows && rows.length > SHOWN && <p className="muted">{t('care.more', { shown: SHOWN, count: rows.length })}</p>}
        </main>
      )}
    </div>
  );
}
