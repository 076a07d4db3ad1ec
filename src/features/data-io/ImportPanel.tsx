// 导入: a register, a hotline export or an Open311 feed → preview with per-row problems → import in batches.
import { useTranslation } from 'react-i18next';
import type { Backend } from '../../data/backend';
import type { Vocabularies } from '../../data/types';
import { errorMessageText } from '../../i18n/error-text';
import { HOUSEHOLD_FIELDS } from '../../lib/household-rows';
import { HOTLINE_FIELDS } from '../../lib/incident-rows';
import { ImportPreview } from './ImportPreview';
import type { Crs, ImportKind } from './protocol';
import { useImport } from './use-import';

const KINDS: ImportKind[] = ['households', 'hotline', 'open311'];
const CRSS: Crs[] = ['wgs84', 'gcj02', 'bd09'];
const ACCEPT: Record<ImportKind, string> = { households: '.csv,.xlsx', hotline: '.csv,.xlsx', open311: '.json' };

interface Props {
  backend: Backend;
  /** Undefined until the vocabularies and the grids are loaded: no file is checked before that. */
  vocab: Vocabularies | undefined;
  grids: { code: string; name: string }[];
}

export function ImportPanel({ backend, vocab, grids }: Props) {
  const { t } = useTranslation();
  const flow = useImport(backend, vocab, grids.map((g) => g.code));
  const s = flow.state;
  const busy = s.phase === 'reading' || s.phase === 'checking' || s.phase === 'importing';
  const fields = s.kind === 'households' ? HOUSEHOLD_FIELDS : s.kind === 'hotline' ? HOTLINE_FIELDS : [];
  const recheck = (p: Partial<Pick<typeof s, 'mapping' | 'tagOverrides' | 'defaultGridCode' | 'crs'>>) =>
    void flow.check({ mapping: s.mapping, tagOverrides: s.tagOverrides, defaultGridCode: s.defaultGridCode, crs: s.crs, ...p });

  return (
    <section data-testid="import-panel">
      <h2>{t('dataIo.importTitle')}</h2>
      <p className="muted">{t('dataIo.importHint')}</p>
      <div className="data-controls">
        <label>
          {t('dataIo.kind')}
          <select data-testid="import-kind" value={s.kind} disabled={busy} onChange={(e) => flow.setKind(e.target.value as ImportKind)}>
            {KINDS.map((k) => <option key={k} value={k}>{t(`dataIo.kinds.${k}`)}</option>)}
          </select>
        </label>
        {s.kind === 'households' ? (
          <label>
            {t('dataIo.defaultGrid')}
            <select data-testid="import-default-grid" value={s.defaultGridCode ?? ''} disabled={busy}
              onChange={(e) => recheck({ defaultGridCode: e.target.value || null })}>
              <option value="">{t('dataIo.noDefaultGrid')}</option>
              {grids.map((g) => <option key={g.code} value={g.code}>{g.code} {g.name}</option>)}
            </select>
          </label>
        ) : (
          <label>
            {t('dataIo.crs')}
            <select data-testid="import-crs" value={s.crs} disabled={busy} onChange={(e) => recheck({ crs: e.target.value as Crs })}>
              {CRSS.map((c) => <option key={c} value={c}>{t(`dataIo.crsNames.${c}`)}</option>)}
            </select>
          </label>
        )}
        <label className="file">
          {t('dataIo.file')}
          <input type="file" data-testid="import-file" accept={ACCEPT[s.kind]} disabled={busy || !vocab}
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) void flow.choose(f, s.kind);
            }} />
        </label>
      </div>

      {busy && (
        <div className="data-progress" data-testid="import-progress">
          <progress value={s.phase === 'importing' ? s.progress?.done ?? 0 : undefined} max={s.progress?.total || 1} />
          <span>
            {s.phase === 'reading' ? t('dataIo.reading')
              : s.phase === 'checking' ? t('dataIo.validating', { done: 0, total: s.loaded?.rowCount ?? 0 })
              : t('dataIo.importing', { done: s.progress?.done ?? 0, total: s.progress?.total ?? 0 })}
          </span>
          <button type="button" data-testid="import-cancel" onClick={flow.cancel}>{t('dataIo.cancel')}</button>
        </div>
      )}
      {s.error !== null && <p className="data-error" role="alert" data-testid="import-failure">{errorMessageText(s.error)}</p>}

      {s.loaded && (
        <p className="muted" data-testid="import-file-info">
          {t('dataIo.fileInfo', { name: s.fileName, encoding: s.loaded.encoding.toUpperCase(), rows: s.loaded.rowCount })}
        </p>
      )}
      {s.loaded && fields.length > 0 && (
        <details className="data-mapping" open={Object.keys(s.mapping).length < 3}>
          <summary>{t('dataIo.mappingTitle')}</summary>
          <div className="data-mapping-grid">
            {fields.map((f) => (
              <label key={f}>
                {t(`dataIo.fields.${f}`)}
                <select data-testid={`map-${f}`} value={s.mapping[f] ?? ''} disabled={busy}
                  onChange={(e) => recheck({ mapping: { ...s.mapping, [f]: e.target.value === '' ? undefined : Number(e.target.value) } })}>
                  <option value="">{t('dataIo.notMapped')}</option>
                  {s.loaded!.headers.map((h, i) => <option key={i} value={i}>{h || `#${i + 1}`}</option>)}
                </select>
              </label>
            ))}
          </div>
        </details>
      )}
      {s.checked && s.checked.unknownTags.length > 0 && vocab && (
        <div className="data-mapping" data-testid="tag-mapping">
          <h3>{t('dataIo.tagMappingTitle')}</h3>
          <div className="data-mapping-grid">
            {s.checked.unknownTags.map(([label, count]) => (
              <label key={label}>
                {t('dataIo.tagCount', { label, count })}
                <select value={s.tagOverrides[label] ?? '?'} disabled={busy}
                  onChange={(e) => {
                    const rest = Object.fromEntries(Object.entries(s.tagOverrides).filter(([k]) => k !== label));
                    recheck({ tagOverrides: e.target.value === '?' ? rest : { ...rest, [label]: e.target.value } });
                  }}>
                  <option value="?">{t('dataIo.tagUnknown')}</option>
                  <option value="">{t('dataIo.tagIgnore')}</option>
                  {vocab.householdTags.map((tag) => <option key={tag.code} value={tag.code}>{tag.name_zh}</option>)}
                </select>
              </label>
            ))}
          </div>
        </div>
      )}
      {s.checked && <ImportPreview flow={flow} />}
    </section>
  );
}
