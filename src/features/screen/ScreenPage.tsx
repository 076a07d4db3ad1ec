// 指挥大屏: a dark 1920×1080 canvas, scaled as a whole to the display with letterboxing (see lib/screen-fit),
// so a 4K wall, a 32:9 strip and a laptop show the same picture and nothing scrolls. Title and clock across the
// top, figures on both sides, the map in the centre, the newest incidents along the bottom. The panels' content
// is handed in by the page that composes the features.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SCREEN_H, SCREEN_W, type Fit } from '../../lib/screen-fit';
import { Clock } from './Clock';
import { Ticker, type TickerItem } from './Ticker';
import './screen.css';

interface Props {
  fit: Fit;
  /** Shown over the map while the database starts or when figures are limited. */
  notice: string | null;
  map: ReactNode;
  mapOverlay: ReactNode;
  /** The grid the tour shows now. */
  caption: string | null;
  left: ReactNode;
  right: ReactNode;
  ticker: TickerItem[] | null;
  updated: string | null;
}

export function ScreenPage({ fit, notice, map, mapOverlay, caption, left, right, ticker, updated }: Props) {
  const { t } = useTranslation();
  const district = (import.meta.env.VITE_DISTRICT_NAME as string | undefined) || t('app.district');
  return (
    <div className="screen-viewport" data-testid="screen" data-scale={fit.scale}>
      <div
        className="screen-canvas"
        style={{ width: SCREEN_W, height: SCREEN_H, transform: `translate(${fit.x}px, ${fit.y}px) scale(${fit.scale})` }}
      >
        <header className="screen-head" data-testid="screen-panel-head">
          <div className="screen-title">
            <h1>{t('screen.title')}</h1>
            <span>{district}</span>
          </div>
          {updated && <span className="screen-updated">{t('screen.updated', { time: updated })}</span>}
          <Clock />
        </header>
        <section className="screen-side screen-left" data-testid="screen-panel-left">
          {left}
        </section>
        <section className="screen-map" data-testid="screen-panel-map">
          {map}
          <div className="screen-map-overlay">{mapOverlay}</div>
          {caption && <div className="screen-caption" data-testid="screen-caption">{caption}</div>}
          {notice && <div className="screen-notice">{notice}</div>}
        </section>
        <section className="screen-side screen-right" data-testid="screen-panel-right">
          {right}
        </section>
        <footer className="screen-foot" data-testid="screen-panel-ticker">
          <Ticker items={ticker} />
        </footer>
      </div>
    </div>
  );
}
