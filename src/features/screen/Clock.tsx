// Date and time in China (北京时间), ticking every second, in the page's language.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function Clock() {
  const { t, i18n } = useTranslation();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const zone = { timeZone: 'Asia/Shanghai' } as const;
  const date = new Intl.DateTimeFormat(i18n.language, { ...zone, year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' }).format(now);
  const time = new Intl.DateTimeFormat(i18n.language, { ...zone, hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }).format(now);
  return (
    <div className="screen-clock" data-testid="screen-clock">
      <span className="screen-clock-time">{time}</span>
      <span className="screen-clock-date">
        {date} · {t('screen.clock')}
      </span>
    </div>
  );
}
