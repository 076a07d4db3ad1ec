// 网格图: the printable sheet a community pins on the wall for each grid — its map with the grids inside it, code,
// name, area, 网格长 and workers (phones masked), households and people, households per tag and the visit figures.
// A4 or A3 portrait (?size=A3), laid out by @page; "打印" opens the browser's print dialog (or Save as PDF).
import { useTranslation } from 'react-i18next';
import type { Backend } from '../../data/backend';
import { errorMessageText } from '../../i18n/error-text';
import { formatArea, formatNumber } from '../../lib/format';
import { useQuery } from '../../lib/use-query';
import { useSignedInUser } from '../../lib/use-signed-in-user';
import { vocabName } from '../../lib/vocab';
import { sheetMap } from '../../lib/sheet-map';
import './grid-sheet.css';

const params = new URLSearchParams(location.search);
const gridId = Number(params.get('grid')) || null;
const size = params.get('size') === 'A3' ? 'A3' : 'A4';

async function load(backend: Backend, id: number) {
  const [summary, grids, vocab] = await Promise.all([backend.gridSummary(id), backend.grids(), backend.vocabularies()]);
  const feature = grids.features.find((f) => f.id === id || f.properties.id === id);
  if (!summary || !feature) return null;
  const visits = (await backend.field.gridVisitStatus(summary.level)).find((v) => v.grid_id === id) ?? null;
  const children = grids.features.filter((f) => f.properties.parent_id === id);
  return { summary, map: sheetMap(feature, children, 700, size === 'A3' ? 720 : 520), tags: vocab.householdTags, visits };
}

export default function GridSheetPage({ backend, languageSwitch }: { backend: Backend; languageSwitch: React.ReactNode }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { ready } = useSignedInUser(backend);
  const sheet = useQuery(ready && gridId ? `sheet:${gridId}:${lang}` : null, () => load(backend, gridId!));
  const s = sheet.data;

  return (
    <div className={`sheet-page size-${size}`} data-testid="grid-sheet" data-ready={s ? 'true' : 'false'}>
      <style>{`@page { size: ${size} portrait; margin: 12mm; }`}</style>
      <nav className="sheet-tools">
        <button type="button" onClick={() => print()} data-testid="sheet-print">
          {t('gridSheet.print')}
        </button>
        <a href={`?grid=${gridId}&size=A4`} aria-current={size === 'A4'}>A4</a>
        <a href={`?grid=${gridId}&size=A3`} aria-current={size === 'A3'}>A3</a>
        {languageSwitch}
      </nav>
      {!gridId && <p className="sheet-message">{t('gridSheet.noGrid')}</p>}
      {sheet.error !== undefined && (
        <p className="sheet-message" role="alert">
          {errorMessageText(sheet.error)}
        </p>
      )}
      {sheet.data === null && <p className="sheet-message">{t('gridSheet.notFound')}</p>}
      {s && (
        <article className="sheet">
          <header>
            <h1 data-testid="sheet-code">
              {s.summary.code} {s.summary.name}
            </h1>
            <p>
              {t(`levels.${s.summary.level}`)} · {t('gridSheet.area')} {formatArea(s.summary.area_m2, lang)}
              {s.summary.parent && ` · ${s.summary.parent.code} ${s.summary.parent.name}`}
            </p>
          </header>
          <svg className="sheet-map" viewBox={`0 0 ${s.map.width} ${s.map.height}`} data-testid="sheet-map" role="img" aria-label={t('gridSheet.map')}>
            <path d={s.map.outline.path} className="outline" />
            {s.map.children.map((c) => (
              <path key={c.id} d={c.path} className="child" />
            ))}
            {s.map.children.map((c) => (
              <text key={c.id} x={c.label[0]} y={c.label[1]} className="label">
                {c.code.split('-').pop()} {c.name}
              </text>
            ))}
          </svg>
          <section className="sheet-facts">
            <div>
              <h2>{t('gridSheet.staff')}</h2>
              <ul data-testid="sheet-staff">
                {s.summary.staff.map((p, i) => (
                  <li key={i}>
                    <b>{t(`staffRoles.${p.role}`)}</b> {p.name} {p.phone_masked ?? ''}
                  </li>
                ))}
              </ul>
            </div>
            <div>
              <h2>{t('gridSheet.households')}</h2>
              <p className="big">
                {t('gridSheet.householdsLine', { households: formatNumber(s.summary.households, lang), people: formatNumber(s.summary.people, lang) })}
              </p>
              {s.visits && (
                <p data-testid="sheet-visits">
                  {t('gridSheet.visitsLine', { visited: s.visits.visited_30d, overdue: s.visits.overdue })}
                </p>
              )}
              <table className="sheet-tags" data-testid="sheet-tags">
                <tbody>
                  {s.tags
                    .filter((x) => (s.summary.tag_counts[x.code] ?? 0) > 0)
                    .map((x) => (
                      <tr key={x.code}>
                        <td>{vocabName(x, lang)}</td>
                        <td>{formatNumber(s.summary.tag_counts[x.code]!, lang)}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          </section>
        </article>
      )}
    </div>
  );
}
