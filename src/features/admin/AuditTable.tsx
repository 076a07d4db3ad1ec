// The newest lines of the audit log the admin may read: who revealed or changed what, old → new.
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../data/types';
import { formatDateTime } from '../../lib/format';

export function AuditTable({ rows }: { rows: AuditEntry[] }) {
  const { t, i18n } = useTranslation();
  if (rows.length === 0) return <p className="muted">{t('admin.auditEmpty')}</p>;
  return (
    <table className="admin-table" data-testid="audit-table">
      <thead>
        <tr>
          <th>{t('admin.when')}</th>
          <th>{t('admin.who')}</th>
          <th>{t('admin.what')}</th>
          <th>{t('admin.change')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-testid="audit-row" data-action={r.action} data-object={r.object_type}>
            <td>{formatDateTime(r.at, i18n.language)}</td>
            <td>{r.actor_name ?? t('admin.system')}</td>
            <td>
              {t(`admin.actions.${r.action}`)} · {t(`admin.objects.${r.object_type}`, { defaultValue: r.object_type })} #{r.object_id}
              {r.field ? ` · ${r.field}` : ''}
            </td>
            <td>{r.action === 'update' ? `${r.old_value ?? '∅'} → ${r.new_value ?? '∅'}` : (r.old_value ?? '')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
