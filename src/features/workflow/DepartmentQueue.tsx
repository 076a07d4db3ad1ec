// 部门报到: what was sent to the signed-in department and is still open, soonest due first; overdue ones marked.
// A click opens the incident on the map.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backend } from '../../data/backend';
import type { Vocabularies } from '../../data/types';
import { formatDateTime } from '../../lib/format';
import { isPhoneWidth } from '../../lib/phone-layout';
import { useQuery } from '../../lib/use-query';
import { vocabLabel } from '../../lib/vocab';
import './workflow.css';

interface Props {
  backend: Backend;
  session: number;
  version: number;
  vocab: Vocabularies;
  onOpen(id: number): void;
  onError(e: unknown): void;
}

export default function DepartmentQueue({ backend, session, version, vocab, onOpen, onError }: Props) {
  const { t, i18n } = useTranslation();
  // Folded on a phone, where it would cover the map; open on a desk.
  const [open, setOpen] = useState(() => !isPhoneWidth(window.innerWidth));
  const rows = useQuery(`queue:${session}:${version}`, () => backend.departmentQueue(), onError).latest;
  if (!rows) return <div className="card muted">{t('workflow.loading')}</div>;
  const overdue = rows.filter((r) => r.overdue).length;
  return (
    <details
      className="card queue"
      data-testid="department-queue"
      data-count={rows.length}
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>
        <h2>{t('workflow.queueTitle')}</h2>
        <span className="queue-count">{rows.length ? t('workflow.queueCount', { count: rows.length, overdue }) : t('workflow.queueEmpty')}</span>
      </summary>
      <ul>
        {rows.map((r) => (
          <li key={r.id}>
            <button type="button" className={r.overdue ? 'queue-row overdue' : 'queue-row'} onClick={() => onOpen(r.id)}>
              <span className="queue-title">{r.title}</span>
              <span className="queue-meta">
                {vocabLabel(vocab.statuses, r.status, i18n.language)} · {r.grid_code} · {t('incidents.dueAt')}{' '}
                {formatDateTime(r.due_at, i18n.language)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
