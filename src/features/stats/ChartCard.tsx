// One chart of the dashboard: its title, the chart, and its two exports (the picture and the numbers behind it).
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cell } from '../../lib/csv';
import { useChartTheme } from './chart-theme';
import { downloadChartPng, downloadCsv, type LegendEntry } from './export-chart';

export interface ChartData {
  header: string[];
  rows: Cell[][];
}

interface Props {
  id: string;
  title: string;
  /** File names start with this (chart and scope), so exports of different scopes do not overwrite each other. */
  fileName?: string;
  /** What the CSV export writes; the wall screen, without exports, gives none. */
  data?: ChartData;
  /** Nothing to draw: a note instead of an empty frame. Defaults to "the data has no rows". */
  empty?: boolean;
  legend?: LegendEntry[];
  /** Tables have no SVG to draw: CSV only. */
  png?: boolean;
  /** The wall screen has no one to press a button. */
  exports?: boolean;
  className?: string;
  children: ReactNode;
}

export function ChartCard({ id, title, fileName = title, data, legend = [], png = true, exports = true, className, children, ...rest }: Props) {
  const { t } = useTranslation();
  const theme = useChartTheme();
  const body = useRef<HTMLDivElement>(null);
  const empty = rest.empty ?? (data?.rows.length ?? 0) === 0;
  return (
    <section className={`chart-card${className ? ` ${className}` : ''}`} data-testid={`chart-${id}`} aria-label={title}>
      <header>
        <h3>{title}</h3>
        {exports && data && (
        <div className="chart-exports">
          {png && (
            <button
              type="button"
              data-testid="export-png"
              disabled={empty}
              onClick={() => void downloadChartPng(body.current!, fileName, title, legend, theme)}
            >
              {t('stats.exportPng')}
            </button>
          )}
          <button type="button" data-testid="export-csv" disabled={empty} onClick={() => downloadCsv(fileName, data.header, data.rows)}>
            {t('stats.exportCsv')}
          </button>
        </div>
        )}
      </header>
      <div ref={body} className="chart-body">
        {empty ? <p className="chart-empty">{t('stats.empty')}</p> : children}
      </div>
    </section>
  );
}
