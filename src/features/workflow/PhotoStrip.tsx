// Thumbnails of an incident's photos; each opens full size in a new tab. URLs come from the backend (signed
// Storage links, or object URLs of the embedded photo store).
import { useTranslation } from 'react-i18next';
import type { Backend } from '../../data/backend';
import type { IncidentPhoto } from '../../data/types';
import { useQuery } from '../../lib/use-query';

export function PhotoStrip({ backend, photos }: { backend: Backend; photos: IncidentPhoto[] }) {
  const { t } = useTranslation();
  const key = photos.length ? `photos:${photos.map((p) => p.id).join(',')}` : null;
  const urls = useQuery(key, () => Promise.all(photos.map((p) => backend.photoUrl(p.path).catch(() => null))));
  if (!photos.length) return null;
  return (
    <div className="photo-strip" data-testid="incident-photos" data-count={photos.length}>
      {photos.map((p, i) => {
        const url = urls.data?.[i];
        return url ? (
          <a key={p.id} href={url} target="_blank" rel="noreferrer">
            <img src={url} alt={t('workflow.photo', { n: i + 1 })} width={72} height={72} />
          </a>
        ) : (
          <span key={p.id} className="photo-missing" title={t('workflow.photoMissing')}>
            {urls.loading ? '…' : '?'}
          </span>
        );
      })}
    </div>
  );
}
