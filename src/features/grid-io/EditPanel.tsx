// Grid editing on the map: pick a grid, then reshape its boundary (drag vertices), split it along a drawn line into
// itself and a new sibling, or merge it into a sibling it touches; or draw a new grid (NewGridForm). Each edit becomes a candidate set that goes through
// the same database check and all-or-nothing apply as an imported file; households and incidents follow by location.
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridCollection, GridFeature, GridSet } from '../../data/types';
import { mergeCandidates, mergeSet, nextSiblingCode, reshapeSet, splitGeometry, splitSet } from '../../lib/grid-edit';
import { levelDepth } from '../../lib/grid-levels';
import { createGridDraw, type GridDraw } from './grid-draw';
import { NewGridForm } from './NewGridForm';

type Step = 'idle' | 'reshape' | 'split' | 'new';

interface Props {
  map: MapLibreMap | null;
  grids: GridCollection | null;
  onSet(set: GridSet | null): void;
}

export function EditPanel({ map, grids, onSet }: Props) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<GridFeature | null>(null);
  const [step, setStep] = useState<Step>('idle');
  const [newCode, setNewCode] = useState('');
  const [newName, setNewName] = useState('');
  const [into, setInto] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const draw = useRef<GridDraw | null>(null);
  const finishReshape = useRef<(() => GeoJSON.Polygon | null) | null>(null);

  useEffect(() => {
    if (!map || !grids || step !== 'idle') return;
    const pick = (e: MapMouseEvent) => {
      const hits = map.queryRenderedFeatures(e.point, { layers: ['existing-fill'] });
      const deepest = hits.sort((a, b) => levelDepth(b.properties.level) - levelDepth(a.properties.level))[0];
      const g = deepest ? grids.features.find((f) => f.properties.code === deepest.properties.code) : undefined;
      if (!g) return;
      setSelected(g);
      setNewCode(nextSiblingCode(grids, g));
      setNewName(`${g.properties.name}（分）`);
      setInto(mergeCandidates(grids, g)[0]?.properties.code ?? '');
      setMessage(null);
    };
    map.on('click', pick);
    return () => void map.off('click', pick);
  }, [map, grids, step]);

  useEffect(() => {
    if (map?.getLayer('selected-line')) map.setFilter('selected-line', ['==', ['get', 'code'], selected?.properties.code ?? '']);
  }, [map, selected]);

  useEffect(() => () => draw.current?.destroy(), []);

  const tool = async () => (draw.current ??= await createGridDraw(map!));
  const stop = () => {
    draw.current?.clear();
    finishReshape.current = null;
    setStep('idle');
  };

  const startReshape = async () => {
    const d = await tool();
    setStep('reshape');
    finishReshape.current = d.reshape({ type: 'Polygon', coordinates: selected!.geometry.coordinates[0]! });
  };
  const endReshape = () => {
    const polygon = finishReshape.current?.();
    stop();
    if (polygon && grids && selected) onSet(reshapeSet(grids, selected, polygon));
  };
  const startSplit = async () => {
    const d = await tool();
    setStep('split');
    d.drawLine((points) => {
      const pieces = splitGeometry(selected!.geometry, points);
      stop();
      if (!pieces) setMessage(t('gridIo.edit.lineMisses'));
      else if (grids) onSet(splitSet(grids, selected!, pieces, newCode.trim(), newName.trim()));
    });
  };
  const startNew = async (onPolygon: (polygon: GeoJSON.Polygon) => void) => {
    const d = await tool();
    setStep('new');
    d.drawPolygon((polygon) => {
      stop();
      onPolygon(polygon);
    });
  };
  const merge = () => {
    const target = grids?.features.find((f) => f.properties.code === into);
    if (grids && selected && target) onSet(mergeSet(grids, selected, target));
  };

  const siblings = selected && grids ? mergeCandidates(grids, selected) : [];
  return (
    <section data-testid="grid-io-edit">
      <h2>{t('gridIo.edit.title')}</h2>
      {!selected ? (
        <p className="muted">{t('gridIo.edit.pick')}</p>
      ) : (
        <>
          <p data-testid="grid-io-selected">
            <strong>{selected.properties.code}</strong> {selected.properties.name} · {t(`levelsShort.${selected.properties.level}`)}
          </p>
          {step === 'idle' && (
            <>
              <div className="grid-io-row">
                <button type="button" data-testid="grid-io-reshape" disabled={selected.geometry.coordinates.length !== 1} onClick={startReshape}>
                  {t('gridIo.edit.reshape')}
                </button>
              </div>
              <div className="grid-io-row">
                <input value={newCode} onChange={(e) => setNewCode(e.target.value)} data-testid="grid-io-new-code" aria-label={t('gridIo.edit.newCode')} size={12} />
                <input value={newName} onChange={(e) => setNewName(e.target.value)} data-testid="grid-io-new-name" aria-label={t('gridIo.edit.newName')} size={12} />
                <button type="button" data-testid="grid-io-split" disabled={!newCode.trim() || !newName.trim()} onClick={startSplit}>
                  {t('gridIo.edit.split')}
                </button>
              </div>
              <div className="grid-io-row">
                <select value={into} onChange={(e) => setInto(e.target.value)} data-testid="grid-io-merge-into" aria-label={t('gridIo.edit.mergeInto')}>
                  {siblings.map((s) => <option key={s.id} value={s.properties.code}>{s.properties.code} {s.properties.name}</option>)}
                </select>
                <button type="button" data-testid="grid-io-merge" disabled={!into} onClick={merge}>{t('gridIo.edit.merge')}</button>
              </div>
            </>
          )}
          {step === 'reshape' && (
            <div className="grid-io-row">
              <span className="muted">{t('gridIo.edit.reshapeHint')}</span>
              <button type="button" className="primary" data-testid="grid-io-reshape-done" onClick={endReshape}>{t('gridIo.edit.done')}</button>
              <button type="button" onClick={stop}>{t('gridIo.cancel')}</button>
            </div>
          )}
          {step === 'split' && (
            <div className="grid-io-row">
              <span className="muted" data-testid="grid-io-split-hint">{t('gridIo.edit.splitHint')}</span>
              <button type="button" onClick={stop}>{t('gridIo.cancel')}</button>
            </div>
          )}
        </>
      )}
      {message && <p className="grid-io-error" role="alert">{message}</p>}
      {grids && (step === 'idle' || step === 'new') && (
        <NewGridForm grids={grids} drawing={step === 'new'} onDraw={(f) => void startNew(f)} onCancel={stop} onSet={onSet} />
      )}
    </section>
  );
}
