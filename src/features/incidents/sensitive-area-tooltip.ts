// Hover text for a sensitive-incident area: what kinds, how many, and that the place is deliberately vague.
import type { PickingInfo } from '@deck.gl/core';
import type { Vocabularies } from '../../data/types';
import type { CellCount } from '../../lib/sensitive-areas';
import { vocabLabel } from '../../lib/vocab';
import { SENSITIVE_AREA_LAYER } from './pin-layer-id';

export function sensitiveAreaTooltip(
  info: PickingInfo,
  vocab: Vocabularies | null,
  lang: string,
  words: { count(n: number): string; total(n: number): string; note: string },
) {
  if (info.layer?.id !== SENSITIVE_AREA_LAYER || !info.object) return null;
  const cell = info.object as CellCount;
  const parts = cell.parts.map((p) => `${vocabLabel(vocab?.categories, p.category, lang)} ${words.count(p.shown)}`);
  return { text: [...parts, words.total(cell.shown), words.note].join('\n'), className: 'pin-tooltip' };
}
