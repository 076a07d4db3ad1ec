// The courtyard card (院落卡片), opened from its marker: facts, open incidents, risk trend, inspections,
// rectifications and the log, with the actions this user may take as the database says (may_inspect,
// may_override, may_issue_plate). Every change goes through a named database function; afterwards the card and
// the map's courtyard layer are reloaded. The inspection form replaces the card while it is open.
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backend } from '../../data/backend';
import type { Vocabularies } from '../../data/types';
import { CourtyardEvents } from './CourtyardEvents';
import { CourtyardFacts } from './CourtyardFacts';
import { InspectionHistory } from './InspectionHistory';
import { OpenIncidents } from './OpenIncidents';
import { OverrideForm } from './OverrideForm';
import { PlateActions } from './PlateActions';
import { Rectifications } from './Rectifications';
import { RiskTrend } from './RiskTrend';
import { useCourtyardDetail } from './use-courtyard-detail';
import './courtyards.css';

const InspectionForm = lazy(() => import('./InspectionForm'));

interface Props {
  backend: Backend;
  id: number;
  session: number;
  vocab: Vocabularies;
  onClose(): void;
  onOpenIncident(id: number): void;
  /** Something about the courtyard changed: the map layer reloads. */
  onChanged(): void;
  onError(e: unknown): void;
}

type Mode = 'view' | 'override' | 'clear' | 'inspect';

export default function CourtyardCard({ backend, id, session, vocab, onClose, onOpenIncident, onChanged, onError }: Props) {
  const { t, i18n } = useTranslation();
  const { detail: d, loading, reload, itemName } = useCourtyardDetail(backend, id, session, i18n.language);
  const [mode, setMode] = useState<Mode>('view');
  const [busy, setBusy] = useState(false);

  const run = async (change: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await change();
      setMode('view');
      reload();
      onChanged();
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };

  if (d && mode === 'inspect') {
    return (
      <Suspense fallback={<section className="card inspection-card" aria-busy />}>
        <InspectionForm
          backend={backend}
          courtyard={d}
          onCancel={() => setMode('view')}
          onSaved={() => {
            reload();
            onChanged();
          }}
          onDone={() => setMode('view')}
        />
      </Suspense>
    );
  }

  const close = (
    <button type="button" className="close" onClick={onClose} aria-label={t('common.close')}>
      ×
    </button>
  );
  if (!d) {
    return (
      <section className="card courtyard-card" data-testid="courtyard-card" aria-busy={loading}>
        {close}
        <p className="muted">{loading ? t('courtyard.loading') : t('courtyard.notVisible')}</p>
      </section>
    );
  }

  return (
    <section className="card courtyard-card" data-testid="courtyard-card" data-id={d.id} data-risk={d.risk_level} aria-label={d.name}>
      {close}
      <p className="cy-kicker" data-testid="courtyard-code">
        {t('courtyard.code')} {d.code}
      </p>
      <h3>{d.name}</h3>
      <CourtyardFacts backend={backend} d={d} onError={onError} />

      {mode === 'override' || mode === 'clear' ? (
        <OverrideForm
          mode={mode === 'override' ? 'set' : 'clear'}
          busy={busy}
          onCancel={() => setMode('view')}
          onSubmit={(risk, stars, reason) =>
            void run(() => (mode === 'override' ? backend.courtyards.override(d.id, risk, stars, reason) : backend.courtyards.clearOverride(d.id, reason)))
          }
        />
      ) : (
        (d.may_inspect || d.may_override) && (
          <div className="cy-actions" data-testid="courtyard-actions">
            {d.may_inspect && (
              <button type="button" className="primary" data-action="inspect" onClick={() => setMode('inspect')}>
                {t('courtyard.actions.inspect')}
              </button>
            )}
            {d.may_override && (
              <button type="button" data-action="override" onClick={() => setMode('override')}>
                {t('courtyard.actions.override')}
              </button>
            )}
            {d.may_override && d.override && (
              <button type="button" data-action="clear-override" onClick={() => setMode('clear')}>
                {t('courtyard.actions.clearOverride')}
              </button>
            )}
          </div>
        )
      )}

      {d.may_issue_plate && (
        <>
          <h4>{t('courtyard.plate.title')}</h4>
          <PlateActions
            courtyardId={d.id}
            token={d.plate_token}
            busy={busy}
            onIssue={() => void run(() => backend.courtyards.issuePlate(d.id))}
            onRevoke={() => void run(() => backend.courtyards.revokePlate(d.id))}
          />
        </>
      )}

      <h4>{t('courtyard.openIncidents')}</h4>
      <OpenIncidents incidents={d.open_incidents} vocab={vocab} onOpen={onOpenIncident} />
      <h4>{t('courtyard.rectifications')}</h4>
      <Rectifications
        rows={d.rectifications}
        mayClose={d.may_inspect}
        busy={busy}
        itemName={itemName}
        onClose={(rid, note) => void run(() => backend.courtyards.closeRectification(rid, note))}
      />
      <h4>{t('courtyard.trend')}</h4>
      <RiskTrend trend={d.risk_trend} />
      <h4>{t('courtyard.history')}</h4>
      <InspectionHistory backend={backend} inspections={d.inspections} itemName={itemName} />
      <h4>{t('courtyard.events')}</h4>
      <CourtyardEvents events={d.events} itemName={itemName} />
    </section>
  );
}
