// 新建网格: a grid that is not in any file, drawn freehand on the map with its code, name, level and parent. The
// drawn polygon becomes a one-grid candidate set that goes through the same database check (overlaps with its
// siblings, overhang beyond its parent) and all-or-nothing apply as an import; the database then moves the
// households and incidents inside it to the new grid.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GRID_LEVELS, type GridCollection, type GridLevel, type GridSet } from '../../data/types';
import { newGridSet } from '../../lib/grid-edit';
import { levelDepth } from '../../lib/grid-levels';

interface Props {
  grids: GridCollection;
  /** Whether the map is waiting for the polygon. */
  drawing: boolean;
  onDraw(onPolygon: (polygon: GeoJSON.Polygon) => void): void;
  onCancel(): void;
  onSet(set: GridSet): void;
}

export function NewGridForm({ grids, drawing, onDraw, onCancel, onSet }: Props) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [level, setLevel] = useState<GridLevel>('grid');
  const [parent, setParent] = useState('');
  const parents = level === 'community' ? [] : grids.features.filter((f) => levelDepth(f.properties.level) === levelDepth(level) - 1);
  const taken = grids.features.some((f) => f.properties.code === code.trim());
  const ready = code.trim() !== '' && name.trim() !== '' && !taken && (level === 'community' || parents.some((p) => p.properties.code === parent));

  const draw = () =>
    onDraw((polygon) => onSet(newGridSet(code.trim(), name.trim(), level, level === 'community' ? null : parent, polygon)));

  return (
    <div className="grid-io-new" data-testid="grid-io-new">
      <h3>{t('gridDraw.title')}</h3>
      <div className="grid-io-row">
        <input value={code} onChange={(e) => setCode(e.target.value)} data-testid="grid-io-new-grid-code" aria-label={t('gridDraw.code')}
          placeholder={t('gridDraw.code')} size={10} disabled={drawing} />
        <input value={name} onChange={(e) => setName(e.target.value)} data-testid="grid-io-new-grid-name" aria-label={t('gridDraw.name')}
          placeholder={t('gridDraw.name')} size={12} disabled={drawing} />
      </div>
      <div className="grid-io-row">
        <select value={level} onChange={(e) => { setLevel(e.target.value as GridLevel); setParent(''); }} data-testid="grid-io-new-grid-level"
          aria-label={t('gridDraw.level')} disabled={drawing}>
          {GRID_LEVELS.map((l) => <option key={l} value={l}>{t(`levelsShort.${l}`)}</option>)}
        </select>
        {level !== 'community' && (
          <select value={parent} onChange={(e) => setParent(e.target.value)} data-testid="grid-io-new-grid-parent" aria-label={t('gridDraw.parent')}
            disabled={drawing}>
            <option value="">{t('gridDraw.parent')}</option>
            {parents.map((p) => <option key={p.id} value={p.properties.code}>{p.properties.code} {p.properties.name}</option>)}
          </select>
        )}
      </div>
      {taken && <p className="grid-io-error" role="alert">{t('gridDraw.codeTaken', { code: code.trim() })}</p>}
      <div className="grid-io-row">
        {drawing ? (
          <>
            <span className="muted" data-testid="grid-io-new-grid-hint">{t('gridDraw.hint')}</span>
            <button type="button" onClick={onCancel}>{t('gridIo.cancel')}</button>
          </>
        ) : (
          <button type="button" data-testid="grid-io-new-grid-draw" disabled={!ready} onClick={draw}>{t('gridDraw.draw')}</button>
        )}
      </div>
    </div>
  );
}
