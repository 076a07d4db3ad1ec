// Thumbnails of stored photos (an inspection's, a visit's), each opening full size in a new tab; URLs come from
// the backend (signed links on Supabase, object URLs of the browser's photo store in embedded mode).
import { useTranslation } from 'react-i18next';
import type { Backend } from '../data/backend';
import { useQuery } from '../lib/use-query';
import './photo-picker.css';

interface Props {
  backend: Backend;
  paths: string[];
  testId: string;
}

export function StoredPhotos({ backend, paths, testId }: Props) {
  const { t } = useTranslation();
  const urls = useQuery(paths.length ? `stored-photos:${paths.join(',')}` : null, () =>
    Promise.all(paths.map((p) => backend.photoUrl(p).catch(() => null))),
  );
  if (!paths.length) return null;
  return (
    <div className="stored-photos" data-testid={testId} data-count={paths.length}>
      {paths.map((p, i) => {
        const url = urls.data?.[i];
        return url ? (
          <a key={p} href={url} target="_blank" rel="noreferrer">
            <img src={url} alt={t('courtyard.photo', { n: i + 1 })} width={64} height={64} />
          </a>
        ) : (
          <span key={p} className="stored-photo-missing">
            {urls.loading ? '…' : '?'}
          </span>
        );
      })}
    </div>
  );
}
