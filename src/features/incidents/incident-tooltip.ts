// Hover tooltip for a pin: title, category, status and when it was reported (Asia/Shanghai). Plain text, so
// nothing from the database is ever parsed as HTML.
import type { PickingInfo } from '@deck.gl/core';
import type { IncidentPin, Vocabularies } from '../../data/types';
import { formatDateTime } from '../../lib/format';
import { vocabLabel } from '../../lib/vocab';
import { PIN_LAYER } from './pin-layer-id';

export function incidentTooltip(info: PickingInfo, vocab: Vocabularies | null, lang: string, reportedWord: string) {
  if (info.layer?.id !== PIN_LAYER || !info.object) return null;
  const p = info.object as IncidentPin;
  return {
    text: [
      p.title,
      `${vocabLabel(vocab?.categories, p.category, lang)} · ${vocabLabel(vocab?.statuses, p.status, lang)}`,
      `${reportedWord} ${formatDateTime(p.reported_at, lang)}`,
    ].join('\n'),
    className: 'pin-tooltip',
  };
}
