// The incident's timeline (append-only incident_events), oldest first, as the residents' "办理进度".
import { useTranslation } from 'react-i18next';
import type { IncidentEvent, Vocabularies } from '../../data/types';
import { formatDateTime } from '../../lib/format';
import { vocabLabel, vocabName } from '../../lib/vocab';

function change(e: IncidentEvent, vocab: Vocabularies, lang: string): string | null {
  if (e.kind === 'recategorise' && e.to_value) {
    return `${vocabLabel(vocab.categories, e.from_value ?? '', lang)} → ${vocabLabel(vocab.categories, e.to_value, lang)}`;
  }
  if ((e.kind === 'dispatch' || e.kind === 'reroute') && e.to_value) {
    const dept = (v: string | null) => {
      const d = vocab.departments.find((x) => String(x.id) === v);
      return d ? vocabName(d, lang) : (v ?? '');
    };
    return e.from_value ? `${dept(e.from_value)} → ${dept(e.to_value)}` : dept(e.to_value);
  }
  if (e.to_status) {
    const to = vocabLabel(vocab.statuses, e.to_status, lang);
    return e.from_status ? `${vocabLabel(vocab.statuses, e.from_status, lang)} → ${to}` : to;
  }
  return null;
}

export function Timeline({ events, vocab }: { events: IncidentEvent[]; vocab: Vocabularies }) {
  const { t, i18n } = useTranslation();
  return (
    <ol className="timeline" data-testid="incident-timeline" data-count={events.length}>
      {events.map((e) => (
        <li key={e.id} className={`event ${e.kind}`} data-kind={e.kind}>
          <div className="event-head">
            <b>{t(`workflow.events.${e.kind}`)}</b>
            <time>{formatDateTime(e.at, i18n.language)}</time>
          </div>
          {change(e, vocab, i18n.language) && <div className="event-change">{change(e, vocab, i18n.language)}</div>}
          {e.note && <div className="event-note">{e.note}</div>}
          {e.actor_name && <div className="event-actor">{e.actor_name}</div>}
        </li>
      ))}
    </ol>
  );
}
