// Step one of an import: the file (read in a worker, with progress and cancel), which columns hold code, name,
// level and parent, and which coordinate system it is in. A file with rows that cannot be grids goes no further:
// the import is all or nothing, so nothing is silently left out.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridSet } from '../../data/types';
import { CRS_LIST, type Crs } from '../../lib/coords';
import type { FieldMapping } from '../../lib/grid-mapping';
import { useGridFile } from './use-grid-file';

const FIELDS: (keyof FieldMapping)[] = ['code', 'name', 'level', 'parent'];

export function ImportPanel({ onSet }: { onSet(set: GridSet | null): void }) {
  const { t } = useTranslation();
  const file = useGridFile();
  const [mapping, setMapping] = useState<FieldMapping | null>(null);
  const [crs, setCrs] = useState<Crs>('wgs84');
  const [parsedFor, setParsedFor] = useState(file.parsed);
  const { parsed, mapped, map } = file;

  // A new file: start from the guesses.
  if (parsed !== parsedFor) {
    setParsedFor(parsed);
    setMapping(parsed?.mapping ?? null);
    if (parsed) setCrs(parsed.crs.crs);
  }

  useEffect(() => {
    if (parsed && mapping && !parsed.refusal) map(mapping, crs);
  }, [parsed, mapping, crs, map]);

  useEffect(() => {
    onSet(mapped && mapped.issues.length === 0 && mapped.set.features.length > 0 ? mapped.set : null);
  }, [mapped, onSet]);

  return (
    <section data-testid="grid-io-import">
      <h2>{t('gridIo.importTitle')}</h2>
      <p className="muted">{t('gridIo.importHint')}</p>
      <input type="file" accept=".geojson,.json,.kml,.zip" data-testid="grid-io-file"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) void file.open(f);
          e.target.value = '';
        }} />
      {file.busy && (
        <div className="grid-io-progress" data-testid="grid-io-progress">
          <progress max={file.progress?.total || 1} value={file.progress?.stage === 'convert' ? file.progress.done : undefined} />
          <span>{t(`gridIo.stage.${file.progress?.stage ?? 'parse'}`)}</span>
          <button type="button" data-testid="grid-io-cancel" onClick={() => { file.cancel(); onSet(null); }}>
            {t('gridIo.cancel')}
          </button>
        </div>
      )}
      {file.error && <p className="grid-io-error" role="alert" data-testid="grid-io-file-error">{t(`gridIo.fileError.${file.error}`)}</p>}
      {parsed && (
        <div data-testid="grid-io-parsed">
          <p className="muted">{t('gridIo.parsed', { name: parsed.name, format: t(`gridIo.format.${parsed.format}`), count: parsed.count })}</p>
          {parsed.refusal ? (
            <p className="grid-io-error" role="alert" data-testid="grid-io-refusal">{t(`gridIo.refusal.${parsed.refusal}`)}</p>
          ) : (
            <>
              <div className="grid-io-mapping">
                {FIELDS.map((field) => (
                  <label key={field}>
                    {t(`gridIo.field.${field}`)}
                    <select data-testid={`grid-io-map-${field}`} value={mapping?.[field] ?? ''}
                      onChange={(e) => setMapping((m) => m && { ...m, [field]: e.target.value || null })}>
                      <option value="">{t('gridIo.noColumn')}</option>
                      {parsed.keys.map((k) => <option key={k} value={k}>{k}</option>)}
                    </select>
                  </label>
                ))}
                <label>
                  {t('gridIo.crs')}
                  <select data-testid="grid-io-crs" value={crs} onChange={(e) => setCrs(e.target.value as Crs)}>
                    {CRS_LIST.map((c) => <option key={c} value={c}>{t(`gridIo.crsName.${c}`)}</option>)}
                  </select>
                </label>
              </div>
              <p className="muted" data-testid="grid-io-crs-reason">{t(`gridIo.crsReason.${parsed.crs.reason}`)}</p>
            </>
          )}
          {mapped && mapped.issues.length > 0 && (
            <ul className="grid-io-issues" data-testid="grid-io-issues">
              {mapped.issues.slice(0, 50).map((i) => (
                <li key={`${i.row}-${i.issue}`}>{t(`gridIo.rowIssue.${i.issue}`, { row: i.row, value: i.value ?? '' })}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
