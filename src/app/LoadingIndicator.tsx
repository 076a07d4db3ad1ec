// Shown until the embedded database can answer (5–8 s on a first visit): the grids are already on the map,
// this says what is still coming and how far along it is.
import { useTranslation } from 'react-i18next';
import type { BackendProgress } from '../data/backend';
import { errorMessageText } from '../i18n/error-text';

export function LoadingIndicator({ progress, failure }: { progress: BackendProgress; failure: unknown }) {
  const { t } = useTranslation();
  const failed = failure !== null || progress.phase === 'error';
  const percent = progress.fraction !== undefined ? Math.round(progress.fraction * 100) : null;
  const text = failed
    ? t('loading.error', { message: failure !== null ? errorMessageText(failure) : (progress.message ?? '') })
    : progress.phase === 'download'
      ? t('loading.download', { percent: percent === null ? '' : `${percent}%` })
      : t('loading.start');
  return (
    <div className={failed ? 'card loading failed' : 'card loading'} data-testid="loading-indicator" role="status">
      <div className="loading-text">
        {!failed && <span className="spinner" aria-hidden />}
        <span>{text}</span>
      </div>
      {!failed && (
        <div className={percent === null || progress.phase !== 'download' ? 'bar indeterminate' : 'bar'}>
          <span style={progress.phase === 'download' && percent !== null ? { width: `${percent}%` } : undefined} />
        </div>
      )}
      {!failed && <p className="fine-print">{t('loading.meanwhile')}</p>}
    </div>
  );
}
