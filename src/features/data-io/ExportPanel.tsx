// 导出: the register and the incidents as CSV (UTF-8 with BOM, for Excel) or XLSX, with the map's filters and what
// the role may read; the public Open311 feed. Phones are masked in every file (see migration data_export).
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backend } from '../../data/backend';
import type { AppRole, Vocabularies } from '../../data/types';
import { errorMessageText } from '../../i18n/error-text';
import { toCsv } from '../../lib/csv';
import { householdSheet, incidentSheet, type SheetData } from '../../lib/export-rows';
import type { UrlState } from '../../lib/url-state';
import { vocabLabel } from '../../lib/vocab';
import { exportFilter } from './export-filter';
import { ImportWorker } from './import-worker';
import { saveFile } from '../../lib/save-file';

interface Props {
  backend: Backend;
  vocab: Vocabularies;
  grids: { id: number; code: string; name: string }[];
  role: AppRole;
  url: UrlState;
}

type Format = 'csv' | 'xlsx';
const GRID_STAFF: AppRole[] = ['district_admin', 'community_admin', 'grid_leader', 'grid_worker'];

export function ExportPanel({ backend, vocab, grids, role, url }: Props) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const worker = useRef<ImportWorker | null>(null);
  const grid = grids.find((g) => g.code === url.grid) ?? null;
  const filter = exportFilter(url, vocab, grid?.id ?? null);
  const label = (f: string) => t(`dataIo.fields.${f}`);
  const stamp = new Date().toISOString().slice(0, 10);
  const base = (what: string) => `${what}-${grid?.code ?? 'all'}-${stamp}`;

  const run = async (make: () => Promise<number>) => {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      setMessage(t('dataIo.exported', { count: await make() }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const save = async (sheet: SheetData, name: string, format: Format) => {
    if (format === 'csv') saveFile(new Blob([toCsv(sheet.header, sheet.rows)], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
    else {
      worker.current ??= new ImportWorker(() => undefined);
      saveFile(await worker.current.xlsx(name.slice(0, 31), sheet.header, sheet.rows), `${name}.xlsx`);
    }
    return sheet.rows.length;
  };

  const households = (format: Format) => run(async () =>
    save(householdSheet(await backend.dataIo.exportHouseholds(filter.gridId, url.householdTags, url.householdQ), vocab, i18n.language, label),
      base('households'), format));
  const incidents = (format: Format) => run(async () =>
    save(incidentSheet(await backend.dataIo.exportIncidents(filter), vocab, i18n.language, label, [t('dataIo.yes'), t('dataIo.no')]),
      base('incidents'), format));
  const json = (data: object[], name: string) => {
    saveFile(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), name);
    return data.length;
  };

  const names = (codes: readonly string[] | null, list: { code: string; name_zh: string; name_en: string }[]) =>
    codes?.map((c) => vocabLabel(list, c, i18n.language)).join('、');
  const departments = vocab.departments.map((d) => ({ ...d, code: String(d.id) }));
  const shown: [string, string | null | undefined][] = [
    ['grid_code', grid && `${grid.code} ${grid.name}`],
    ['status', names(filter.statuses, vocab.statuses)],
    ['category', names(filter.categories, vocab.categories)],
    ['source', names(filter.sources, vocab.sources)],
    ['department', names(filter.departments, departments)],
    ['reported_at', filter.from || filter.to ? `${filter.from ?? '…'} – ${filter.to ?? '…'}` : null],
    ['overdue', filter.overdue ? t('dataIo.yes') : null],
    ['title', filter.q || null],
    ['household_tags', names(url.householdTags, vocab.householdTags)],
    ['household_q', url.householdQ || null],
  ];
  const active = shown.filter(([, v]) => v);

  return (
    <section data-testid="export-panel">
      <h2>{t('dataIo.exportTitle')}</h2>
      <p className="muted">{t('dataIo.exportHint')}</p>
      <dl className="data-filters" data-testid="export-filters">
        <dt>{t('dataIo.exportFilters')}</dt>
        {active.length === 0 ? <dd>{t('dataIo.noFilters')}</dd> : active.map(([f, v]) => <dd key={f}>{label(f)}：{v}</dd>)}
      </dl>
      <div className="data-controls">
        {GRID_STAFF.includes(role) && (
          <span>
            {t('dataIo.exportHouseholds')}
            <button type="button" disabled={busy} data-testid="export-households-csv" onClick={() => void households('csv')}>CSV</button>
            <button type="button" disabled={busy} data-testid="export-households-xlsx" onClick={() => void households('xlsx')}>XLSX</button>
          </span>
        )}
        <span>
          {t('dataIo.exportIncidents')}
          <button type="button" disabled={busy} data-testid="export-incidents-csv" onClick={() => void incidents('csv')}>CSV</button>
          <button type="button" disabled={busy} data-testid="export-incidents-xlsx" onClick={() => void incidents('xlsx')}>XLSX</button>
        </span>
        <button type="button" disabled={busy} data-testid="export-open311"
          onClick={() => void run(async () => json(await backend.dataIo.open311Requests(filter), 'requests.json'))}>
          {t('dataIo.exportOpen311')}
        </button>
        <button type="button" disabled={busy} data-testid="export-services"
          onClick={() => void run(async () => json(await backend.dataIo.open311Services(), 'services.json'))}>
          {t('dataIo.exportServices')}
        </button>
      </div>
      {message && <p className="muted" data-testid="export-message">{message}</p>}
      {error !== null && <p className="data-error" role="alert" data-testid="export-error">{errorMessageText(error)}</p>}
    </section>
  );
}
