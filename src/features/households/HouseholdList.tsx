// A grid subtree can hold well over a thousand households: only the rows in view are in the DOM. Each row links to
// the household's record on the field page, where grid staff edit it, its members and tags.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseholdRow, HouseholdTag } from '../../data/types';
import { formatDate } from '../../lib/format';
import { routePath } from '../../lib/route';
import { vocabName } from '../../lib/vocab';
import { PhoneReveal } from '../../ui/PhoneReveal';
import './households.css';

const ROW_HEIGHT = 76;

interface Props {
  rows: HouseholdRow[];
  tags: HouseholdTag[];
  /** The full number of a household, revealed (and logged) by the database for staff of its grid. */
  revealPhone(id: number): Promise<string>;
  onError(e: unknown): void;
}

export function HouseholdList({ rows, tags, revealPhone, onError }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const tagInfo = useMemo(() => new Map(tags.map((x) => [x.code, { name: vocabName(x, lang), sensitive: x.sensitive }])), [tags, lang]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (i) => rows[i]!.id,
    overscan: 6,
  });

  return (
    <div className="household-list" data-testid="household-list" ref={scroller} role="list">
      <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
        {virtual.getVirtualItems().map((item) => {
          const h = rows[item.index]!;
          return (
            <div
              key={item.key}
              role="listitem"
              className="household-row"
              data-testid="household-row"
              data-id={h.id}
              style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
            >
              <div className="row-main">
                <span className="address" title={h.address}>
                  {h.address}
                </span>
                <span className="size">{t('households.size', { count: h.size })}</span>
                <a className="record-link" href={`${routePath({ page: 'field' }, import.meta.env.BASE_URL)}?household=${h.id}`} data-testid="household-record-link">
                  {t('register.openRecord')}
                </a>
              </div>
              <div className="row-meta">
                <span className="head">{h.head_name}</span>
                {h.phone_masked && <PhoneReveal masked={h.phone_masked} reveal={() => revealPhone(h.id)} onError={onError} />}
                <span className={h.last_visit_at ? 'visit' : 'visit never'}>
                  {h.last_visit_at ? t('households.lastVisit', { date: formatDate(h.last_visit_at, lang) }) : t('households.never')}
                </span>
              </div>
              <div className="row-tags">
                {h.tags.map((code) => (
                  <span key={code} className={tagInfo.get(code)?.sensitive ? 'tag sensitive' : 'tag'}>
                    {tagInfo.get(code)?.name ?? code}
                  </span>
                ))}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
