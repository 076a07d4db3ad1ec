// The courtyard's 星级创建牌 for those who may issue plates: whether a QR code is active, the code itself (the
// public page's address), issuing a new plate (which revokes the old one, after a confirmation), revoking, and
// the printable plate.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { publicCardUrl } from '../../lib/public-url';
import { qrSvg } from '../../lib/qr-svg';
import { routePath } from '../../lib/route';
import { useQuery } from '../../lib/use-query';

interface Props {
  courtyardId: number;
  token: string | null;
  busy: boolean;
  onIssue(): void;
  onRevoke(): void;
}

export function PlateActions({ courtyardId, token, busy, onIssue, onRevoke }: Props) {
  const { t } = useTranslation();
  const [showQr, setShowQr] = useState(false);
  const url = token ? publicCardUrl(token, location.origin, import.meta.env.BASE_URL) : null;
  const qr = useQuery(showQr && url ? `qr:${url}` : null, () => qrSvg(url!));
  const printable = `${routePath({ page: 'plates' }, import.meta.env.BASE_URL)}?courtyard=${courtyardId}`;
  return (
    <div className="plate-actions" data-testid="plate-actions" data-active={token !== null}>
      <p className={token ? 'plate-state active' : 'plate-state'}>{token ? t('courtyard.plate.active') : t('courtyard.plate.none')}</p>
      <div className="cy-actions">
        {url && (
          <button type="button" data-testid="plate-show-qr" aria-expanded={showQr} onClick={() => setShowQr(!showQr)}>
            {showQr ? t('courtyard.plate.hideQr') : t('courtyard.plate.showQr')}
          </button>
        )}
        <button
          type="button"
          data-testid="plate-issue"
          disabled={busy}
          onClick={() => {
            if (!token || window.confirm(t('courtyard.plate.reissueConfirm'))) onIssue();
          }}
        >
          {token ? t('courtyard.plate.reissue') : t('courtyard.plate.issue')}
        </button>
        {token && (
          <button type="button" data-testid="plate-revoke" disabled={busy} onClick={() => window.confirm(t('courtyard.plate.revokeConfirm')) && onRevoke()}>
            {t('courtyard.plate.revoke')}
          </button>
        )}
        {token && (
          <a className="button-link" href={printable} target="_blank" rel="noreferrer" data-testid="plate-print">
            {t('courtyard.plate.print')}
          </a>
        )}
      </div>
      {showQr && url && (
        <figure className="plate-qr">
          {/* The SVG comes from the qrcode library (our own input, a URL we built), not from the database. */}
          {qr.data && <div className="qr" dangerouslySetInnerHTML={{ __html: qr.data }} />}
          <figcaption>
            <a href={url} target="_blank" rel="noreferrer" data-testid="plate-public-link">
              {t('courtyard.plate.publicLink')}
            </a>
          </figcaption>
        </figure>
      )}
    </div>
  );
}
