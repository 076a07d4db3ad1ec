// What the reporter says about the incident: category and source from the database's vocabularies, title and
// description with their limits, and the optional address and contact.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vocabularies } from '../../data/types';
import { ADDRESS_MAX, charCount, DESCRIPTION_MAX, NAME_MAX, TITLE_MAX, type FieldErrors, type ReportDraft } from '../../lib/report-form';
import { vocabName } from '../../lib/vocab';
import { FieldError } from './FieldError';

interface Props {
  draft: ReportDraft;
  errors: FieldErrors;
  vocab: Vocabularies;
  /** Placed between category/source and the texts: the duplicates for the chosen category. */
  afterCategory: ReactNode;
  onChange(field: keyof ReportDraft, value: string): void;
}

function Counter({ value, max }: { value: string; max: number }) {
  const { t } = useTranslation();
  const count = charCount(value.trim());
  return <span className={count > max ? 'counter over' : 'counter'}>{t('report.counter', { count, max })}</span>;
}

export function ReportFields({ draft, errors, vocab, afterCategory, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const field = (name: keyof ReportDraft) => ({
    name,
    value: draft[name],
    'aria-invalid': errors[name] ? true : undefined,
    'data-testid': `report-${name}`,
    onChange: (e: { target: { value: string } }) => onChange(name, e.target.value),
  });
  return (
    <>
      <div className="report-row">
        {(['category', 'source'] as const).map((name) => (
          <label key={name}>
            {t(`report.${name}`)}
            <select {...field(name)}>
              <option value="">{t('report.choose')}</option>
              {(name === 'category' ? vocab.categories : vocab.sources).map((row) => (
                <option key={row.code} value={row.code}>
                  {vocabName(row, i18n.language)}
                </option>
              ))}
            </select>
            <FieldError error={errors[name]} />
          </label>
        ))}
      </div>
      {afterCategory}
      <label>
        <span className="label-line">
          {t('report.fieldTitle')} <Counter value={draft.title} max={TITLE_MAX} />
        </span>
        <input {...field('title')} placeholder={t('report.titlePlaceholder')} />
        <FieldError error={errors.title} />
      </label>
      <label>
        <span className="label-line">
          {t('report.description')} <Counter value={draft.description} max={DESCRIPTION_MAX} />
        </span>
        <textarea {...field('description')} rows={4} placeholder={t('report.descriptionPlaceholder')} />
        <FieldError error={errors.description} />
      </label>
      <label>
        {t('report.address')}
        <input {...field('address')} maxLength={ADDRESS_MAX * 2} placeholder={t('report.addressPlaceholder')} />
        <FieldError error={errors.address} />
      </label>
      <fieldset className="report-contact">
        <legend>{t('report.contact')}</legend>
        <div className="report-row">
          <label>
            {t('report.reporterName')}
            <input {...field('reporterName')} maxLength={NAME_MAX * 2} autoComplete="name" />
            <FieldError error={errors.reporterName} />
          </label>
          <label>
            {t('report.reporterPhone')}
            <input {...field('reporterPhone')} type="tel" inputMode="tel" autoComplete="tel" />
            <FieldError error={errors.reporterPhone} testid="report-phone-error" />
          </label>
        </div>
      </fieldset>
    </>
  );
}
