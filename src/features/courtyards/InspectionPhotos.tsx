// Thumbnails of an inspection's photos, each opening full size in a new tab; URLs come from the backend.
import { useTranslation } from 'react-i18next';
import type { Backend } from '../../data/backend';
import { useQuery } from '../../lib/use-query';

export function InspectionPhotos({ backend, paths }: { backend: Backend; paths: string[] }) {
  const { t } = useTranslation();
  const urls = useQuery(paths.length ? `inspection-photos:${paths.join(',')}` : null, () =>
    Promise.all(paths.map((p) => backend.photoUrl(p).catch(() => null))),
  );
  if (!paths.length) return null;
  return (
    <div className="cy-photos" data-testid="inspection-photos" data-count={paths.length}>
      {paths.map((p, i) => {
        const url = urls.data?.[i];
        return url ? (
          <a key={p} href={url} target="_blank" rel="noreferrer">
            <img src={url} alt={t('courtyard.photo', { n: i + 1 })} width={64} height={64} />
          </a>
        ) : (
          <span key={p} className="cy-photo-missing">
            {urls.loading ? '…' : '?'}
          </span>
        );
      })}
    </div>
  );
}
