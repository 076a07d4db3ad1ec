// After a report is filed: its number, and where to go next.
import { useTranslation } from 'react-i18next';

export function ReportDone({ id, photos, onOpen, onAnother }: { id: number; photos: number; onOpen(): void; onAnother(): void }) {
  const { t } = useTranslation();
  return (
    <div className="report-done" data-testid="report-done" data-id={id} role="status">
      <p className="report-done-title">✓ {t('report.done.title')}</p>
      <p className="report-done-number" data-testid="report-number">{t('report.done.number', { id })}</p>
      {photos > 0 && <p className="muted">{t('report.done.photos', { count: photos })}</p>}
      <p className="muted">{t('report.done.next')}</p>
      <div className="report-actions">
        <button type="button" onClick={onAnother}>
          {t('report.done.another')}
        </button>
        <button type="button" className="primary" onClick={onOpen} data-testid="report-open">
          {t('report.done.open')}
        </button>
      </div>
    </div>
  );
}
