// Shown until the local database can answer: the map is already usable, this says what is still coming.
import { useTranslation } from 'react-i18next';
import type { BackendProgress } from '../../data/backend';

export function LoadingIndicator({ progress }: { progress: BackendProgress }) {
  const { t } = useTranslation();
  const percent = progress.fraction !== undefined ? `${Math.round(progress.fraction * 100)}%` : '';
  const text =
    progress.phase === 'error'
      ? t('app.loadingError', { message: progress.message ?? '' })
      : progress.phase === 'download'
        ? t('app.loadingDownload', { percent })
        : t('app.loadingStart');
  return (
    <div className={progress.phase === 'error' ? 'loading error' : 'loading'} data-testid="loading-indicator" role="status">
      {progress.phase !== 'error' && <span className="spinner" aria-hidden />}
      <span>{text}</span>
      {progress.phase === 'download' && progress.fraction !== undefined && (
        <progress max={1} value={progress.fraction} />
      )}
    </div>
  );
}
