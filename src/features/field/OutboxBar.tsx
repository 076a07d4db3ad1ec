// What is waiting on this device: a count of changes not yet sent, and each refused change with its reason —
// a conflict is shown, never silently overwritten; the worker retries (after checking) or discards it.
import { useTranslation } from 'react-i18next';
import { errorMessageText } from '../../i18n/error-text';
import { outboxError, type Outbox, type OutboxItem } from '../../lib/outbox';

interface Props {
  outbox: Outbox;
  items: readonly OutboxItem[];
  onRetry(item: OutboxItem): void;
}

export function OutboxBar({ outbox, items, onRetry }: Props) {
  const { t } = useTranslation();
  const pending = items.filter((i) => i.state === 'pending').length;
  const refused = items.filter((i) => i.state !== 'pending');
  if (items.length === 0) return null;
  return (
    <div className="outbox-bar" data-testid="outbox">
      {pending > 0 && (
        <p data-testid="outbox-pending" data-count={pending}>
          {t('field.queued', { count: pending })}
        </p>
      )}
      {refused.length > 0 && <p>{t('field.conflictHint')}</p>}
      <ul>
        {refused.map((i) => (
          <li key={i.id} data-testid="outbox-refused" data-state={i.state}>
            <span>{errorMessageText(outboxError(i))}</span>
            <button type="button" onClick={() => onRetry(i)}>
              {i.state === 'conflict' ? t('field.keepMine') : t('field.retry')}
            </button>
            <button type="button" onClick={() => void outbox.discard(i.id)}>
              {t('field.discard')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
