// A masked phone number with a "show" button for those allowed to call: the full number comes from a reveal
// function that the database logs before it answers, so each look is one deliberate, recorded act.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  masked: string;
  reveal(): Promise<string>;
  onError(e: unknown): void;
}

export function PhoneReveal({ masked, reveal, onError }: Props) {
  const { t } = useTranslation();
  const [full, setFull] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (full !== null) {
    return (
      <a className="phone revealed" href={`tel:${full}`} title={t('privacy.logged')} data-testid="phone-revealed">
        {full}
      </a>
    );
  }
  const show = () => {
    setBusy(true);
    reveal()
      .then(setFull, onError)
      .finally(() => setBusy(false));
  };
  return (
    <span className="phone">
      {masked}
      <button type="button" className="reveal" onClick={show} disabled={busy} title={t('privacy.revealHint')} data-testid="phone-reveal">
        {t('privacy.reveal')}
      </button>
    </span>
  );
}
