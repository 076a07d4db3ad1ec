// A field's problem in the user's language, announced to screen readers.
import { useTranslation } from 'react-i18next';

export function FieldError({ error, testid }: { error: { key: string; params?: Record<string, unknown> } | undefined; testid?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="field-error" role="alert" data-testid={testid}>
      {t(error.key, error.params)}
    </p>
  );
}
