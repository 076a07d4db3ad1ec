// 院落检查, phone-sized: the checklist grouped by theme (安全 / 和谐 / 平安), each item pass / fail / 不适用 with a
// note, the findings, headcounts met on site and up to six photos. An incomplete checklist is not sent: the form
// names what is missing. The database checks it again, scores the courtyard and opens rectifications; its
// refusal is shown here in the user's language. Photos are uploaded once the inspection exists.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backend } from '../../data/backend';
import type { CourtyardDetail } from '../../data/types';
import { errorMessageText } from '../../i18n/error-text';
import {
  byTheme,
  checkInspection,
  emptyInspection,
  FINDINGS_MAX,
  isComplete,
  itemNames,
  toInspectionInput,
  type InspectionDraft,
} from '../../lib/inspection-form';
import { useQuery } from '../../lib/use-query';
// The report form's photo handling (checked by bytes, shrunk in the browser) serves inspections unchanged.
import { PhotoPicker } from '../../ui/PhotoPicker';
import { usePhotoAttachments } from '../../ui/use-photo-attachments';
import { ChecklistItem } from './ChecklistItem';
import { saveInspection } from './save-inspection';
import '../../ui/panel-form.css';
import './courtyards.css';

interface Props {
  backend: Backend;
  courtyard: CourtyardDetail;
  onCancel(): void;
  /** The inspection is in the database: the card and the map reload. */
  onSaved(): void;
  onDone(): void;
}

type Phase = { kind: 'editing' } | { kind: 'sending'; done: number; total: number };

export default function InspectionForm({ backend, courtyard, onCancel, onSaved, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const checklist = useQuery('inspection-checklist', () => backend.courtyards.checklist());
  const rule = useQuery('courtyard-scoring-rule', () => backend.courtyards.scoringRule());
  const [draft, setDraft] = useState<InspectionDraft>(emptyInspection);
  const [tried, setTried] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: 'editing' });
  const [savedId, setSavedId] = useState<number | null>(null);
  const [failure, setFailure] = useState<{ error: unknown; photos: number } | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const photos = usePhotoAttachments();

  const items = checklist.data ?? [];
  const problems = checkInspection(items, draft);
  const missing = new Set(problems.missing.map((i) => i.code));
  const unexplained = new Set(problems.unexplained.map((i) => i.code));
  const sending = phase.kind === 'sending';
  const shrinking = photos.items.some((a) => !a.upload);
  const answered = items.length - problems.missing.length;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!items.length || !isComplete(problems) || shrinking) {
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('.check-item.problem, [aria-invalid=true]')?.scrollIntoView({ block: 'center' }));
      return;
    }
    const pending = photos.items.filter((a) => a.upload && !a.uploaded).map((a) => ({ key: a.key, upload: a.upload! }));
    setFailure(null);
    setPhase({ kind: 'sending', done: 0, total: pending.length });
    try {
      const out = await saveInspection(backend, toInspectionInput(courtyard.id, items, draft), savedId, pending, (id) => {
        setSavedId(id);
        onSaved();
      }, (done) => setPhase({ kind: 'sending', done, total: pending.length }));
      out.uploaded.forEach(photos.markUploaded);
      setPhase({ kind: 'editing' });
      if (out.failed.length) setFailure({ error: out.failed[0]!.error, photos: out.failed.length });
      else {
        onSaved();
        onDone();
      }
    } catch (error) {
      setFailure({ error, photos: 0 });
      setPhase({ kind: 'editing' });
    }
  };

  const count = (field: 'tenants' | 'floatingPeople', label: string, current: number) => (
    <label>
      {label}
      <input
        inputMode="numeric"
        value={draft[field]}
        placeholder={String(current)}
        data-testid={`inspection-${field}`}
        aria-invalid={tried && problems[field] ? true : undefined}
        onChange={(e) => setDraft((d) => ({ ...d, [field]: e.target.value }))}
      />
      {tried && problems[field] && <span className="field-error">{t('courtyard.inspect.badCount')}</span>}
    </label>
  );

  return (
    <section className="card inspection-card" data-testid="inspection-form" aria-label={t('courtyard.inspect.title')}>
      <button type="button" className="close" onClick={onCancel} aria-label={t('common.close')} disabled={sending}>
        ×
      </button>
      <p className="cy-kicker">{courtyard.code}</p>
      <h2>
        {t('courtyard.inspect.title')} · {courtyard.name}
      </h2>
      {!checklist.data ? (
        <p className="muted">{t('courtyard.inspect.loading')}</p>
      ) : (
        <form ref={form} className="report-form inspection-form" noValidate onSubmit={(e) => void submit(e)}>
          <div className="inspection-intro">
            <p className="fine-print">{t('courtyard.inspect.intro')}</p>
            {problems.missing.length > 0 && (
              <button
                type="button"
                data-testid="inspection-rest-pass"
                onClick={() =>
                  setDraft((d) => ({
                    ...d,
                    answers: { ...d.answers, ...Object.fromEntries(problems.missing.map((i) => [i.code, { result: 'pass' as const, note: '' }])) },
                  }))
                }
              >
                {t('courtyard.inspect.restPass')}
              </button>
            )}
          </div>
          {byTheme(items).map((g) => (
            <fieldset key={g.theme} className="check-theme">
              <legend>{t(`courtyard.themes.${g.theme}`)}</legend>
              <ul>
                {g.items.map((item) => (
                  <ChecklistItem
                    key={item.code}
                    item={item}
                    answer={draft.answers[item.code]}
                    problem={!tried ? null : missing.has(item.code) ? 'missing' : unexplained.has(item.code) ? 'unexplained' : null}
                    onChange={(a) => setDraft((d) => ({ ...d, answers: { ...d.answers, [item.code]: a } }))}
                  />
                ))}
              </ul>
            </fieldset>
          ))}
          <label>
            {t('courtyard.inspect.findings')}
            <textarea
              rows={3}
              maxLength={FINDINGS_MAX}
              value={draft.findings}
              data-testid="inspection-findings"
              placeholder={t('courtyard.inspect.findingsPlaceholder')}
              onChange={(e) => setDraft((d) => ({ ...d, findings: e.target.value }))}
            />
          </label>
          <fieldset>
            <legend>{t('courtyard.inspect.counts')}</legend>
            <div className="report-row">
              {count('tenants', t('courtyard.inspect.tenants'), courtyard.tenants)}
              {count('floatingPeople', t('courtyard.inspect.floating'), courtyard.floating_people)}
            </div>
            <p className="fine-print">{t('courtyard.inspect.countsHint')}</p>
          </fieldset>
          <PhotoPicker items={photos.items} problems={photos.problems} disabled={sending} onAdd={(f) => void photos.add(f)} onRemove={photos.remove} />
          {rule.data && (
            <details className="fine-print scoring-rule">
              <summary>{t('courtyard.inspect.rule')}</summary>
              {t('courtyard.inspect.ruleText', { s2: rule.data.star_min[0], s3: rule.data.star_min[1], s4: rule.data.star_min[2], s5: rule.data.star_min[3] })}
            </details>
          )}
          {tried && !isComplete(problems) && (
            <div className="inspection-problems" role="alert" data-testid="inspection-problems" data-missing={problems.missing.length}>
              {problems.missing.length > 0 && <p>{t('courtyard.inspect.missing', { count: problems.missing.length, items: itemNames(problems.missing, lang) })}</p>}
              {problems.unexplained.length > 0 && <p>{t('courtyard.inspect.needNotes', { items: itemNames(problems.unexplained, lang) })}</p>}
            </div>
          )}
          {failure && (
            <p className="report-failure" role="alert" data-testid="inspection-error">
              {failure.photos ? t('courtyard.inspect.partial', { count: failure.photos, reason: errorMessageText(failure.error) }) : errorMessageText(failure.error)}
            </p>
          )}
          <div className="report-actions">
            <span className="answered" data-testid="inspection-answered">
              {t('courtyard.inspect.answered', { done: answered, total: items.length })}
            </span>
            <button type="button" onClick={savedId !== null ? onDone : onCancel} disabled={sending}>
              {t('courtyard.inspect.cancel')}
            </button>
            <button type="submit" className="primary" disabled={sending || shrinking} data-testid="inspection-submit">
              {phase.kind === 'sending'
                ? savedId !== null && phase.done < phase.total
                  ? t('courtyard.inspect.uploading', { done: phase.done, total: phase.total })
                  : t('courtyard.inspect.submitting')
                : savedId !== null
                  ? t('report.retryPhotos')
                  : t('courtyard.inspect.submit')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
