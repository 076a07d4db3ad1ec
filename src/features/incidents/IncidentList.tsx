// The filtered incidents as a list beside the map, in step with it: only the rows in view are in the DOM, so
// 100,000 matches cost the same as ten. A row opens its incident (and the map flies there); the open incident's
// row is highlighted and scrolled into view, whichever way it was opened.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentPin, Vocabularies } from '../../data/types';
import { formatDateTime, formatNumber } from '../../lib/format';
import type { FilterResult, PinIndex } from '../../lib/incident-filter';
import { SORT_KEYS, sortedMatches, type Sort } from '../../lib/incident-sort';
import { vocabLabel } from '../../lib/vocab';

const ROW_HEIGHT = 68;

interface Props {
  index: PinIndex;
  result: FilterResult;
  sort: Sort;
  vocab: Vocabularies;
  gridCode(id: number): string;
  selectedId: number | null;
  onSort(sort: Sort): void;
  onOpen(pin: IncidentPin): void;
  onClose(): void;
}

export default function IncidentList({ index, result, sort, vocab, gridCode, selectedId, onSort, onOpen, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const rows = useMemo(() => sortedMatches(index, result.mask, result.indices.length, sort), [index, result, sort]);
  const colors = useMemo(() => new Map(vocab.statuses.map((s) => [s.code as string, s.color])), [vocab]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (i) => index.pins[rows[i]!]!.id,
    overscan: 6,
  });

  useEffect(() => {
    if (selectedId === null) return;
    const at = rows.findIndex((i) => index.pins[i]!.id === selectedId);
    if (at >= 0) virtual.scrollToIndex(at, { align: 'auto' });
  }, [selectedId, rows, index, virtual]);

  return (
    <aside className="incident-list card" data-testid="incident-list" aria-label={t('list.title')}>
      <header>
        <h2>{t('list.title')}</h2>
        <span className="muted" data-testid="list-count">
          {t('list.count', { count: rows.length, n: formatNumber(rows.length, lang) })}
        </span>
        <button type="button" className="close" aria-label={t('list.close')} onClick={onClose}>
          ×
        </button>
      </header>
      <div className="list-sort" role="group" aria-label={t('list.sortBy')}>
        <span>{t('list.sortBy')}</span>
        {SORT_KEYS.map((key) => (
          <button
            key={key}
            type="button"
            data-testid={`sort-${key}`}
            aria-pressed={sort.key === key}
            onClick={() => onSort(sort.key === key ? { key, desc: !sort.desc } : { key, desc: key === 'reported' })}
          >
            {t(`list.${key}`)}
            {sort.key === key && <span aria-hidden>{sort.desc ? ' ↓' : ' ↑'}</span>}
          </button>
        ))}
      </div>
      {rows.length === 0 && <p className="muted empty">{t('list.empty')}</p>}
      <div className="list-scroll" ref={scroller} role="list">
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((item) => {
            const p = index.pins[rows[item.index]!]!;
            return (
              <div
                key={item.key}
                role="listitem"
                className={p.id === selectedId ? 'incident-row selected' : 'incident-row'}
                data-testid="incident-row"
                data-id={p.id}
                aria-current={p.id === selectedId || undefined}
                style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                onClick={() => onOpen(p)}
              >
                <div className="row-main">
                  <span className="swatch" style={{ background: colors.get(p.status) }} aria-hidden />
                  <button type="button" className="title" title={p.title}>
                    {p.title}
                  </button>
                  {p.overdue && <span className="badge overdue">{t('incidents.overdue')}</span>}
                </div>
                <div className="row-meta">
                  <span>{vocabLabel(vocab.statuses, p.status, lang)}</span>
                  <span>{vocabLabel(vocab.categories, p.category, lang)}</span>
                  <span>{gridCode(p.grid_id)}</span>
                </div>
                <div className="row-meta">
                  <span>
                    {t('incidents.reportedAt')} {formatDateTime(p.reported_at, lang)}
                  </span>
                  {p.due_at && (
                    <span className={p.overdue ? 'late' : undefined}>
                      {t('list.due')} {formatDateTime(p.due_at, lang)}
                    </span>
                  )}
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </aside>
  );
}
