// The metrics grids can be coloured by, each with its palette (ColorBrewer, 5 classes; darker = needs more
// attention, so the resolution rate runs light where it is high) and its class method: counts are skewed (many
// grids with none, a few with many) and read best in natural breaks; a rate spreads evenly, in quantiles.
import type { GridMetric } from '../../data/types';
import type { BreakMethod } from '../../lib/class-breaks';

export type ChoroplethMetric = 'open' | 'rate' | 'risk' | 'visits';
export const CHOROPLETH_METRICS: readonly ChoroplethMetric[] = ['open', 'rate', 'risk', 'visits'];

interface MetricSpec {
  value(m: GridMetric): number | null;
  method: BreakMethod;
  palette: readonly string[];
  percent: boolean;
}

export const METRIC_SPECS: Readonly<Record<ChoroplethMetric, MetricSpec>> = {
  open: { value: (m) => m.open, method: 'jenks', palette: ['#fef0d9', '#fdcc8a', '#fc8d59', '#e34a33', '#b30000'], percent: false },
  rate: { value: (m) => m.resolution_rate, method: 'quantile', palette: ['#a50026', '#f46d43', '#fee08b', '#a6d96a', '#1a9850'], percent: true },
  risk: { value: (m) => m.risk_score, method: 'jenks', palette: ['#fee5d9', '#fcae91', '#fb6a4a', '#de2d26', '#a50f15'], percent: false },
  // Households overdue for a visit (走访超期): only grids whose register the caller sees count any.
  visits: { value: (m) => m.visits_overdue, method: 'jenks', palette: ['#f2f0f7', '#cbc9e2', '#9e9ac8', '#756bb1', '#54278f'], percent: false },
};

export const isMetric = (v: string | null): v is ChoroplethMetric => CHOROPLETH_METRICS.includes(v as ChoroplethMetric);
