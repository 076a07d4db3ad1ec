// Hover tooltip for a courtyard: code and name, risk level and stars, overdue inspection. Plain text.
import type { PickingInfo } from '@deck.gl/core';
import type { CourtyardPin } from '../../data/types';
import { starString } from '../../lib/risk-level';
import { COURTYARD_LAYER } from './courtyard-layer-id';

export function courtyardTooltip(info: PickingInfo, riskLabel: (p: CourtyardPin) => string, overdueWord: string) {
  if (info.layer?.id !== COURTYARD_LAYER || !info.object) return null;
  const p = info.object as CourtyardPin;
  return {
    text: [`${p.code} ${p.name}`, [riskLabel(p), starString(p.stars)].filter(Boolean).join(' · '), p.inspection_overdue ? overdueWord : '']
      .filter(Boolean)
      .join('\n'),
    className: 'pin-tooltip',
  };
}
