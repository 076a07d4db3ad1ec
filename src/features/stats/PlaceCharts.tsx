// Courtyards and households in the scope: four-colour risk, stars, household tags and visits.
import { useTranslation } from 'react-i18next';
import type { DashboardStats, Vocabularies } from '../../data/types';
import { formatNumber } from '../../lib/format';
import { vocabLabel } from '../../lib/vocab';
import { ChartCard } from './ChartCard';
import { CountBars } from './charts';
import { counted, RISK_KEYS, riskColour } from './stats-rows';

interface Props {
  stats: DashboardStats;
  vocab: Vocabularies;
  suffix: string;
}

export function PlaceCharts({ stats, vocab, suffix }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const title = (k: string) => t(`stats.chart.${k}`);
  const file = (k: string) => `${title(k)}_${suffix}`;
  const count = t('stats.series.count');
  const risk = counted(stats.courtyard_risk, RISK_KEYS, (k) => t(`stats.riskShort.${k}`), riskColour);
  const stars = counted(stats.courtyard_stars, [0, 1, 2, 3, 4, 5] as const, (k) => (k === 0 ? t('stats.unrated') : t('stats.star', { count: k })));
  const tagKeys = vocab.householdTags.map((x) => x.code);
  const tags = counted(stats.household_tags, tagKeys, (k) => vocabLabel(vocab.householdTags, k, lang)).filter((r) => r.value > 0);
  const csv = (rows: { label: string; value: number }[], head: string) => ({ header: [head, count], rows: rows.map((r) => [r.label, r.value]) });
  const visits = (['made', 'due', 'overdue'] as const).map((k) => ({ key: k, label: t(`stats.visits.${k}`), value: stats.visits[k] }));

  return (
    <>
      <div className="chart-pair">
        <ChartCard id="risk" title={title('risk')} fileName={file('risk')} data={csv(risk, title('risk'))}>
          <CountBars rows={risk} height={180} name={count} />
        </ChartCard>
        <ChartCard id="stars" title={title('stars')} fileName={file('stars')} data={csv(stars, title('stars'))}>
          <CountBars rows={stars} height={180} name={count} />
        </ChartCard>
      </div>
      <ChartCard id="tags" title={title('tags')} fileName={file('tags')} data={csv(tags, title('tags'))}>
        <CountBars rows={tags} horizontal height={36 + tags.length * 24} name={count} labelWidth={110} />
      </ChartCard>
      <ChartCard id="visits" title={title('visits')} fileName={file('visits')} png={false} data={csv(visits, title('visits'))}>
        <dl className="visit-figures">
          {visits.map((v) => (
            <div key={v.key} className={v.key === 'overdue' && v.value > 0 ? 'alert' : undefined}>
              <dt>{v.label}</dt>
              <dd>{formatNumber(v.value, lang)}</dd>
            </div>
          ))}
        </dl>
      </ChartCard>
    </>
  );
}
