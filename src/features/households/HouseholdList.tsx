// The register of a grid subtree: virtualised (a grid holds 1,000+ households), searchable, filterable by tag.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseholdRow, HouseholdTag } from '../../data/types';
import { vocabName } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';
import { filterHouseholds } from './filter-households';

interface Props {
  households: HouseholdRow[];
  tags: HouseholdTag[];
}

export function HouseholdList({ households, tags }: Props) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const [tag, setTag] = useState<string | null>(null);
  const shown = useMemo(() => filterHouseholds(households, query, tag), [households, query, tag]);
  const tagCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const h of households) for (const x of h.tags) counts.set(x, (counts.get(x) ?? 0) + 1);
    return counts;
  }, [households]);
  const tagName = useMemo(() => new Map(tags.map((x) => [x.code, vocabName(x, i18n.language)])), [tags, i18n.language]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 58,
    overscan: 8,
  });

  return (
    <div className="households">
      <div className="household-tools">
        <input
          type="search"
          value={query}
          placeholder={t('households.search')}
          onChange={(e) => setQuery(e.target.value)}
          aria-label={t('households.search')}
        />
        <div className="chips">
          <button type="button" className={tag === null ? 'chip on' : 'chip'} onClick={() => setTag(null)}>
            {t('households.allTags')} {households.length}
          </button>
          {tags
            .filter((x) => tagCounts.has(x.code))
            .map((x) => (
              <button
                type="button"
                key={x.code}
                className={tag === x.code ? 'chip on' : 'chip'}
                data-testid={`tag-chip-${x.code}`}
                onClick={() => setTag(tag === x.code ? null : x.code)}
              >
                {tagName.get(x.code)} {tagCounts.get(x.code)}
              </button>
            ))}
        </div>
        <div className="household-count" data-testid="household-count" data-count={shown.length}>
          {t('households.count', { shown: shown.length, total: households.length })}
        </div>
      </div>
      <div className="household-list" data-testid="household-list" ref={scroller}>
        {shown.length === 0 && <p className="muted">{t('households.empty')}</p>}
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((item) => {
            const h = shown[item.index]!;
            return (
              <div
                key={h.id}
                className="household-row"
                data-testid="household-row"
                style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)`, height: item.size }}
              >
                <div className="line1">
                  <span className="address">{h.address}</span>
                  <span className="size">{t('households.size', { count: h.size })}</span>
                </div>
                <div className="line2">
                  <span>{h.head_name}</span>
                  <span className="phone">{h.phone_masked ?? ''}</span>
                  <span className="visit">
                    {t('households.lastVisit')} {h.last_visit_at ? formatDate(h.last_visit_at, i18n.language) : t('households.never')}
                  </span>
                  {h.tags.map((x) => (
                    <span key={x} className={`tag tag-${x}`}>
                      {tagName.get(x) ?? x}
                    </span>
                  ))}
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
