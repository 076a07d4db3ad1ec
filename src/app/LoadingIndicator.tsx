// Shown until the embedded database can answer (4–8 s on a first visit): the grids are already on the map,
// this says which step is under way, how far the download is and how long it has taken so far.
// Nothing in it animates. Every animated frame is a full composite of the page, and on machines that draw
// in software (headless Chromium's SwiftShader, old office PCs) a spinner and a sliding bar kept the GPU
// process busy for the whole start, taking a core from the database and the map: without them the first
// answer came 2–3 s sooner in paired runs. The seconds counter repaints once a second, which is cheap.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackendProgress } from '../data/backend';
import { errorMessageText } from '../i18n/error-text';

function useElapsedSeconds(running: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!running) return;
    const started = performance.now();
    const timer = window.setInterval(() => setSeconds(Math.floor((performance.now() - started) / 1000)), 1000);
    return () => window.clearInterval(timer);
  }, [running]);
  return seconds;
}

export function LoadingIndicator({ progress, failure }: { progress: BackendProgress; failure: unknown }) {
  const { t } = useTranslation();
  const failed = failure !== null || progress.phase === 'error';
  const seconds = useElapsedSeconds(!failed);
  const downloading = progress.phase === 'download';
  const percent = downloading && progress.fraction !== undefined ? Math.round(progress.fraction * 100) : null;
  const text = failed
    ? t('loading.error', { message: failure !== null ? errorMessageText(failure) : (progress.message ?? '') })
    : downloading
      ? t('loading.download', { percent: percent === null ? '' : `${percent}%` })
      : t('loading.start');
  return (
    <div className={failed ? 'card loading failed' : 'card loading'} data-testid="loading-indicator" role="status">
      <div className="loading-text">
        {!failed && <span className="loading-step">{t('loading.step', { step: downloading ? 1 : 2, steps: 2 })}</span>}
        <span>{text}</span>
      </div>
      {!failed && (
        <>
          <div className="bar" aria-hidden>
            <span style={{ width: `${downloading ? (percent ?? 0) : 100}%` }} />
          </div>
          <p className="fine-print">
            {t('loading.elapsed', { count: seconds })} · {t('loading.meanwhile')}
          </p>
        </>
      )}
    </div>
  );
}
