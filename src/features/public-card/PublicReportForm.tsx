// "在这里反映问题": a resident who scanned the plate reports a problem at this courtyard without signing in. The
// categories are the vocabulary's non-sensitive ones (disputes and the like go through staff, not a gate QR).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backend } from '../../data/backend';
import { errorMessageText } from '../../i18n/error-text';
import { TITLE_MAX } from '../../lib/report-form';
import { useQuery } from '../../lib/use-query';
import { vocabName } from '../../lib/vocab';
import { checkPublicReport, emptyPublicDraft, toPublicReport, type PublicDraft } from './public-report';

export function PublicReportForm({ backend, token }: { backend: Backend; token: string }) {
  const { t, i18n } = useTranslation();
  const vocab = useQuery('vocabularies', () => backend.vocabularies());
  const [draft, setDraft] = useState<PublicDraft>(emptyPublicDraft);
  const [tried, setTried] = useState(false);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [filed, setFiled] = useState<number | null>(null);
  const errors = checkPublicReport(draft);
  const shown = tried ? errors : {};
  const categories = (vocab.data?.categories ?? []).filter((c) => !c.sensitive);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (Object.keys(errors).length) return;
    setSending(true);
    setFailure(null);
    try {
      setFiled(await backend.courtyards.reportAt(toPublicReport(token, draft)));
    } catch (err) {
      setFailure(err);
    } finally {
      setSending(false);
    }
  };

  if (filed !== null) {
    return (
      <section className="public-section public-done" data-testid="public-report-done" data-id={filed}>
        <p>{t('courtyard.public.thanks', { id: filed })}</p>
        <button
          type="button"
          onClick={() => {
            setDraft(emptyPublicDraft());
            setTried(false);
            setFiled(null);
          }}
        >
          {t('courtyard.public.another')}
        </button>
      </section>
    );
  }

  const field = (name: keyof PublicDraft) => ({
    value: draft[name],
    'aria-invalid': shown[name] ? true : undefined,
    'data-testid': `public-${name}`,
    onChange: (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [name]: e.target.value })),
  });
  const problem = (name: keyof PublicDraft) =>
    shown[name] && (
      <span className="field-error" role="alert">
        {t(shown[name]!)}
      </span>
    );

  return (
    <form className="public-section public-report" data-testid="public-report" noValidate onSubmit={(e) => void submit(e)}>
      <h2>{t('courtyard.public.reportTitle')}</h2>
      <p className="fine-print">{t('courtyard.public.reportHint')}</p>
      <label>
        {t('courtyard.public.category')}
        <select {...field('category')}>
          <option value="">{t('courtyard.public.choose')}</option>
          {categories.map((c) => (
            <option key={c.code} value={c.code}>
              {vocabName(c, i18n.language)}
            </option>
          ))}
        </select>
        {problem('category')}
      </label>
      <label>
        {t('courtyard.public.fieldTitle')}
        <input {...field('title')} maxLength={TITLE_MAX} placeholder={t('courtyard.public.titlePlaceholder')} />
        {problem('title')}
      </label>
      <label>
        {t('courtyard.public.description')}
        <textarea {...field('description')} rows={3} />
        {problem('description')}
      </label>
      <label>
        {t('courtyard.public.contact')}
        <input {...field('contact')} type="tel" inputMode="tel" autoComplete="tel" />
        {problem('contact')}
      </label>
      {failure !== null && (
        <p className="field-error" role="alert" data-testid="public-report-error">
          {errorMessageText(failure)}
        </p>
      )}
      <button type="submit" className="primary" disabled={sending} data-testid="public-submit">
        {sending ? t('courtyard.public.submitting') : t('courtyard.public.submit')}
      </button>
    </form>
  );
}
