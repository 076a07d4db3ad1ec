// 事件上报: the intake form over the map, a side card on a desk and a bottom sheet on a phone. While it is open
// a map click places the pin. Everything typed stays in the form until the database has the report.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backend } from '../../data/backend';
import type { GridFeature, SessionUser, Vocabularies } from '../../data/types';
import { errorMessageText } from '../../i18n/error-text';
import type { LonLat } from '../../lib/exif-gps';
import { defaultSource, emptyDraft, toIncidentReport, validateReport, type ReportDraft } from '../../lib/report-form';
import { useQuery } from '../../lib/use-query';
import { DuplicateList } from './DuplicateList';
import { fileReport } from './file-report';
import { LocationField } from './LocationField';
import { PhotoPicker } from '../../ui/PhotoPicker';
import { ReportDone } from './ReportDone';
import { ReportFields } from './ReportFields';
import { showPoint, usePlacedMarker } from './use-placed-marker';
import { useDeviceLocation } from './use-device-location';
import { useNearby } from './use-nearby';
import { usePhotoAttachments } from '../../ui/use-photo-attachments';
import '../../ui/panel-form.css';
import './report.css';

interface Props {
  backend: Backend;
  map: MapLibreMap | null;
  user: SessionUser | null;
  vocab: Vocabularies;
  gridById: ReadonlyMap<number, GridFeature>;
  session: number;
  /** The incident is in the database: pins should be asked for again. */
  onReported(id: number): void;
  onOpen(id: number): void;
  onClose(): void;
}

type Phase = { kind: 'editing' } | { kind: 'sending'; done: number; total: number } | { kind: 'done'; id: number; photos: number };

export default function ReportPanel({ backend, map, user, vocab, gridById, session, onReported, onOpen, onClose }: Props) {
  const { t } = useTranslation();
  const [typed, setDraft] = useState<ReportDraft>(() => emptyDraft(''));
  // Until the reporter picks a source, it follows the role of whoever is signed in (the picker may change it).
  const draft = typed.source ? typed : { ...typed, source: defaultSource(user?.role, vocab.sources.map((s) => s.code)) };
  const [point, setPoint] = useState<LonLat | null>(null);
  const [tried, setTried] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: 'editing' });
  const [filedId, setFiledId] = useState<number | null>(null);
  const [failure, setFailure] = useState<{ error: unknown; photos: number } | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const card = useRef<HTMLElement>(null);
  const photos = usePhotoAttachments();

  const place = useCallback((at: LonLat) => setPoint(at), []);
  const placeAndShow = useCallback(
    (at: LonLat) => {
      setPoint(at);
      showPoint(map, at, card.current);
    },
    [map],
  );
  usePlacedMarker(map, phase.kind === 'done' ? null : point, place);
  const device = useDeviceLocation(placeAndShow);
  const grid = useQuery(point ? `grid-at:${point.lon},${point.lat}` : null, () => backend.gridAt(point!.lon, point!.lat));
  const gridId = !point || grid.loading || grid.error ? undefined : (grid.data ?? null);
  const nearby = useNearby(backend, point, draft.category, session);

  const errors = validateReport(draft, point, gridId);
  const shown = tried ? errors : errors.location?.key === 'report.errors.outside' ? { location: errors.location } : {};
  const photoGps = [...photos.items].reverse().find((a) => a.gps);
  const sending = phase.kind === 'sending';
  const shrinking = photos.items.some((a) => !a.upload);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (Object.keys(errors).length || !point || shrinking) {
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid=true], .field-error')?.scrollIntoView({ block: 'center' }));
      return;
    }
    const pending = photos.items.filter((a) => a.upload && !a.uploaded).map((a) => ({ key: a.key, upload: a.upload! }));
    setFailure(null);
    setPhase({ kind: 'sending', done: 0, total: pending.length });
    try {
      const out = await fileReport(backend, toIncidentReport(draft, point), filedId, pending, (id) => {
        setFiledId(id);
        onReported(id);
      }, (done) => setPhase({ kind: 'sending', done, total: pending.length }));
      out.uploaded.forEach(photos.markUploaded);
      if (out.failed.length) {
        setFailure({ error: out.failed[0]!.error, photos: out.failed.length });
        setPhase({ kind: 'editing' });
      } else {
        setPhase({ kind: 'done', id: out.id, photos: photos.items.length });
      }
    } catch (error) {
      setFailure({ error, photos: 0 });
      setPhase({ kind: 'editing' });
    }
  };

  const another = () => {
    setDraft(emptyDraft(typed.source));
    setPoint(null);
    setTried(false);
    setFiledId(null);
    setFailure(null);
    photos.clear();
    setPhase({ kind: 'editing' });
  };

  return (
    <section ref={card} className="card report-card" data-testid="report-panel" aria-label={t('report.title')}>
      <button type="button" className="close" onClick={onClose} aria-label={t('common.close')}>
        ×
      </button>
      <h2>{t('report.title')}</h2>
      {!user ? (
        <p className="report-signin" data-testid="report-signin">{t('report.signIn')}</p>
      ) : phase.kind === 'done' ? (
        <ReportDone id={phase.id} photos={phase.photos} onOpen={() => onOpen(phase.id)} onAnother={another} />
      ) : (
        <form ref={form} className="report-form" noValidate onSubmit={(e) => void submit(e)}>
          <LocationField
            point={point}
            gridId={gridId}
            gridById={gridById}
            photoGps={photoGps ? { name: photoGps.name, at: photoGps.gps! } : null}
            locating={device.locating}
            geoProblem={device.problem}
            error={shown.location}
            onLocate={device.locate}
            onUsePhoto={placeAndShow}
          />
          {grid.error !== undefined && <p className="field-error" role="alert">{errorMessageText(grid.error)}</p>}
          <ReportFields
            draft={draft}
            errors={shown}
            vocab={vocab}
            onChange={(field, value) => setDraft((d) => ({ ...d, [field]: value }))}
            afterCategory={
              <>
                <DuplicateList rows={nearby.rows} vocab={vocab} supported={nearby.supported} busyId={nearby.busyId} onSupport={(id) => void nearby.support(id)} />
                {nearby.error !== null && <p className="field-error" role="alert">{errorMessageText(nearby.error)}</p>}
              </>
            }
          />
          <PhotoPicker items={photos.items} problems={photos.problems} disabled={sending} onAdd={(f) => void photos.add(f)} onRemove={photos.remove} />
          {failure && (
            <p className="report-failure" role="alert" data-testid="report-failure">
              {failure.photos && filedId !== null ? t('report.partial', { id: filedId, count: failure.photos, reason: errorMessageText(failure.error) }) : errorMessageText(failure.error)}
            </p>
          )}
          {tried && Object.keys(errors).length > 0 && <p className="field-error">{t('report.fixErrors')}</p>}
          <div className="report-actions">
            <button type="button" onClick={onClose} disabled={sending}>
              {t('report.cancel')}
            </button>
            <button type="submit" className="primary" disabled={sending || shrinking} data-testid="report-submit">
              {phase.kind === 'sending'
                ? phase.done < phase.total && filedId !== null
                  ? t('report.uploading', { done: phase.done, total: phase.total })
                  : t('report.submitting')
                : filedId !== null
                  ? t('report.retryPhotos')
                  : t('report.submit')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
