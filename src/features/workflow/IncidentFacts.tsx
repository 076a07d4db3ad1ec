// The incident's facts: what, where, who has it, when it is due, how the reporter rated the handling.
import { useTranslation } from 'react-i18next';
import type { IncidentDetail, Vocabularies } from '../../data/types';
import { formatDateTime } from '../../lib/format';
import { vocabLabel, vocabName } from '../../lib/vocab';

export function IncidentFacts({ d, vocab }: { d: IncidentDetail; vocab: Vocabularies }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const dept = vocab.departments.find((x) => x.id === d.department_id);
  const rows: [string, string | null][] = [
    [t('incidents.category'), vocabLabel(vocab.categories, d.category, lang)],
    [t('incidents.source'), vocabLabel(vocab.sources, d.source, lang)],
    [t('incidents.grid'), `${d.grid_code} ${d.grid_name}`],
    [t('workflow.address'), d.address],
    [t('workflow.department'), dept ? [vocabName(dept, lang), d.assignee_name].filter(Boolean).join(' · ') : null],
    [t('workflow.reporter'), d.reporter_name ? [d.reporter_name, d.reporter_phone_masked].filter(Boolean).join(' ') : null],
    [t('incidents.reportedAt'), formatDateTime(d.reported_at, lang)],
    [t('incidents.dueAt'), formatDateTime(d.due_at, lang)],
    [t('incidents.resolvedAt'), d.resolved_at ? formatDateTime(d.resolved_at, lang) : null],
    [t('workflow.meToo'), d.me_too_count > 0 ? t('workflow.meTooCount', { count: d.me_too_count }) : null],
    [t('workflow.rating'), d.rating ? `${'★'.repeat(d.rating)}${'☆'.repeat(5 - d.rating)}${d.rating_comment ? ` ${d.rating_comment}` : ''}` : null],
  ];
  return (
    <dl className="incident-facts">
      {rows
        .filter((r): r is [string, string] => r[1] !== null && r[1] !== '')
        .map(([k, v]) => (
          <div key={k} className="fact">
            <dt>{k}</dt>
            <dd data-testid={k === t('workflow.rating') ? 'incident-rating' : undefined}>{v}</dd>
          </div>
        ))}
    </dl>
  );
}
