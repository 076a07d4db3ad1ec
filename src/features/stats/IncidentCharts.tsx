// The incident charts of the dashboard: trend, category, source, departments, grids, time to resolve, backlog
// and satisfaction. Clicks on a category, source, department or grid are handed up to filter the map.
import { useTranslation } from 'react-i18next';
import type { DashboardStats, StatsBucket, Vocabularies } from '../../data/types';
import { vocabLabel } from '../../lib/vocab';
import { ChartCard } from './ChartCard';
import { useChartTheme } from './chart-theme';
import { CountBars, SeriesBars, Slices, TrendLines } from './charts';
import { DepartmentTable, departmentCsv } from './DepartmentTable';
import { AGE_KEYS, breakdown, bucketLabel, counted, gridRanking } from './stats-rows';

export interface CrossFilter {
  categories: string[] | null;
  sources: string[] | null;
  departments: string[] | null;
  onCategory(code: string): void;
  onSource(code: string): void;
  onDepartment(id: number): void;
  onGrid(code: string): void;
}

interface Props {
  stats: DashboardStats;
  vocab: Vocabularies;
  bucket: StatsBucket;
  /** Appended to export file names: the scope's dates. */
  suffix: string;
  cross: CrossFilter;
}

export function IncidentCharts({ stats, vocab, bucket, suffix, cross }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const th = useChartTheme();
  const s = (k: string) => t(`stats.series.${k}`);
  const title = (k: string) => t(`stats.chart.${k}`);
  const file = (k: string) => `${title(k)}_${suffix}`;
  const twoSeries = [
    { key: 'received', name: s('received'), colour: th.received },
    { key: 'resolved', name: s('resolved'), colour: th.resolved },
  ];
  const trend = stats.trend.map((p) => ({ ...p, label: bucketLabel(p.bucket, bucket) }));
  const categories = breakdown(stats.by_category, (c) => vocabLabel(vocab.categories, c, lang));
  const sources = breakdown(stats.by_source, (c) => vocabLabel(vocab.sources, c, lang));
  const grids = gridRanking(stats, 10);
  const ages = (rows: DashboardStats['resolve_time']) => counted(rows, AGE_KEYS, (k) => t(`stats.age.${k}`));
  const resolveTime = ages(stats.resolve_time);
  const backlog = ages(stats.backlog_age);
  const satisfaction = counted(stats.satisfaction, [1, 2, 3, 4, 5] as const, (k) => t('stats.rating', { count: k }));
  const countCsv = (rows: { label: string; value: number }[], head: string) => ({
    header: [head, s('count')],
    rows: rows.map((r) => [r.label, r.value]),
  });
  const breakdownCsv = (rows: typeof categories, head: string) => ({
    header: [head, s('received'), s('resolved'), s('open')],
    rows: rows.map((r) => [r.label, r.received, r.resolved, r.open]),
  });

  return (
    <>
      <ChartCard
        id="trend"
        title={title('trend')}
        fileName={file('trend')}
        legend={twoSeries}
        data={{ header: [s('bucket'), s('received'), s('resolved')], rows: stats.trend.map((p) => [p.bucket, p.received, p.resolved]) }}
      >
        <TrendLines rows={trend} series={twoSeries} height={200} />
      </ChartCard>
      <ChartCard id="category" title={title('category')} fileName={file('category')} legend={twoSeries} data={breakdownCsv(categories, t('filters.category'))}>
        <SeriesBars rows={categories} series={twoSeries} height={36 + categories.length * 30} chosen={cross.categories} onSelect={cross.onCategory} />
      </ChartCard>
      <ChartCard id="source" title={title('source')} fileName={file('source')} data={breakdownCsv(sources, t('filters.source'))}>
        <Slices rows={sources.map((r) => ({ key: r.key, label: r.label, value: r.received }))} height={230} chosen={cross.sources} onSelect={cross.onSource} />
      </ChartCard>
      <ChartCard
        id="department"
        title={title('department')}
        fileName={file('department')}
        png={false}
        data={{
          header: [t('filters.department'), s('received'), s('resolved'), s('open'), s('overdue'), s('medianHours'), s('satisfaction')],
          rows: departmentCsv(stats.by_department, vocab.departments, lang),
        }}
      >
        <DepartmentTable rows={stats.by_department} departments={vocab.departments} chosen={cross.departments} onSelect={cross.onDepartment} />
      </ChartCard>
      <ChartCard id="grid" title={title('grid')} fileName={file('grid')} data={countCsv(grids, s('name'))}>
        <CountBars rows={grids} horizontal height={36 + grids.length * 26} name={s('open')} labelWidth={120} onSelect={cross.onGrid} />
      </ChartCard>
      <div className="chart-pair">
        <ChartCard id="resolve-time" title={title('resolveTime')} fileName={file('resolveTime')} data={countCsv(resolveTime, title('resolveTime'))}>
          <CountBars rows={resolveTime} height={180} name={s('count')} />
        </ChartCard>
        <ChartCard id="backlog" title={title('backlog')} fileName={file('backlog')} data={countCsv(backlog, title('backlog'))}>
          <CountBars rows={backlog} height={180} name={s('count')} />
        </ChartCard>
      </div>
      <ChartCard id="satisfaction" title={title('satisfaction')} fileName={file('satisfaction')} data={countCsv(satisfaction, title('satisfaction'))}>
        <CountBars rows={satisfaction} height={160} name={s('count')} />
      </ChartCard>
    </>
  );
}
