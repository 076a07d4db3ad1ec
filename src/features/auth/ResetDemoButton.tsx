// Throws away everything changed on this device and reloads the demo snapshot (embedded backend only).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function ResetDemoButton({ reset, disabled }: { reset(): Promise<void>; disabled: boolean }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const onClick = () => {
    if (!window.confirm(t('app.resetConfirm'))) return;
    setBusy(true);
    // The backend reloads the page when the local copy is gone; there is nothing to do after it.
    reset().catch(() => setBusy(false));
  };
  return (
    <button type="button" data-testid="reset-demo" disabled={disabled || busy} onClick={onClick}>
      {busy ? t('app.resetting') : t('app.reset')}
    </button>
  );
}
