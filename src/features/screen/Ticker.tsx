// The newest incidents running along the bottom of the wall: time, category, title and grid. The list is drawn
// twice so the scroll loops without a jump; a new incident joins at the next refresh.
import { useTranslation } from 'react-i18next';

export interface TickerItem {
  id: number;
  at: string;
  category: string;
  title: string;
  grid: string;
  overdue: boolean;
}

/** items: null while the incidents are still loading. */
export function Ticker({ items }: { items: TickerItem[] | null }) {
  const { t, i18n } = useTranslation();
  // Month, day and time only: the ticker shows the last days, and a wall has no room for the year.
  const when = new Intl.DateTimeFormat(i18n.language, { timeZone: 'Asia/Shanghai', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });
  const entries = (copy: number) =>
    (items ?? []).map((x) => (
      <li key={`${copy}-${x.id}`} className={x.overdue ? 'overdue' : undefined} aria-hidden={copy > 0 || undefined}>
        <time dateTime={x.at}>{when.format(new Date(x.at))}</time>
        <b>{x.category}</b>
        <span>{x.title}</span>
        <em>{x.grid}</em>
      </li>
    ));
  return (
    <section className="screen-ticker" data-testid="screen-ticker" data-count={items?.length ?? 0} aria-label={t('screen.newest')}>
      <h2>{t('screen.newest')}</h2>
      <div className="screen-ticker-track">
        {items === null || items.length === 0 ? (
          <p>{items === null ? t('screen.loadingIncidents') : t('screen.noIncidents')}</p>
        ) : (
          <ul style={{ animationDuration: `${items.length * 6}s` }}>
            {entries(0)}
            {entries(1)}
          </ul>
        )}
      </div>
    </section>
  );
}
