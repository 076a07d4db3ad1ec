// Errors the user should know about (a refused query, a failed sign-in), in their language.
import { useTranslation } from 'react-i18next';
import { errorMessageText } from '../i18n/error-text';

export function ErrorToast({ error, onClose }: { error: unknown; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <div className="toast" role="alert" data-testid="error-toast">
      <span>{errorMessageText(error)}</span>
      <button type="button" onClick={onClose} aria-label={t('common.close')}>
        ×
      </button>
    </div>
  );
}
