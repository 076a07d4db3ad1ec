// The courtyard's log: inspections, rescoring, overrides, rectifications and plates, with who and why.
import { useTranslation } from 'react-i18next';
import type { CourtyardEvent } from '../../data/types';
import { formatDateTime } from '../../lib/format';
import { isRiskLevel } from '../../lib/risk-level';

const ITEM_KINDS: readonly CourtyardEvent['kind'][] = ['rectification_opened', 'rectification_closed'];

export function CourtyardEvents({ events, itemName }: { events: CourtyardEvent[]; itemName(code: string): string }) {
  const { t, i18n } = useTranslation();
  // Risk levels and checklist items are stored as codes; stars and scores as numbers.
  const valueOf = (kind: CourtyardEvent['kind']) => (v: string | null) =>
    v === null ? null : ITEM_KINDS.includes(kind) ? itemName(v) : isRiskLevel(v) ? t(`courtyard.levelsShort.${v}`) : v;
  return (
    <ol className="cy-log" data-testid="courtyard-events" data-count={events.length}>
      {events.map((e, i) => {
        const value = valueOf(e.kind);
        const from = value(e.from_value);
        const to = value(e.to_value);
        return (
          <li key={i} className={`event ${e.kind}`} data-kind={e.kind}>
            <div className="event-head">
              <b>{t(`courtyard.eventKinds.${e.kind}`)}</b>
              <time>{formatDateTime(e.at, i18n.language)}</time>
            </div>
            {(from || to) && <div className="event-change">{[from, to].filter(Boolean).join(' → ')}</div>}
            {e.note && <div className="cy-note">{e.note}</div>}
            {e.actor_name && <div className="event-actor">{e.actor_name}</div>}
          </li>
        );
      })}
    </ol>
  );
}
