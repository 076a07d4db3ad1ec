// One checklist line: its name (critical items marked), pass / fail / not applicable as three large buttons a
// thumb can hit, and a note, required when the item failed.
import { useTranslation } from 'react-i18next';
import type { CheckResult, InspectionItem } from '../../data/types';
import type { AnswerDraft } from '../../lib/inspection-form';
import { NOTE_MAX } from '../../lib/inspection-form';
import { isChinese } from '../../lib/vocab';

const RESULTS: readonly CheckResult[] = ['pass', 'fail', 'na'];

interface Props {
  item: InspectionItem;
  answer: AnswerDraft | undefined;
  /** Shown after a submit attempt: not answered, or failed without a note. */
  problem: 'missing' | 'unexplained' | null;
  onChange(answer: AnswerDraft): void;
}

export function ChecklistItem({ item, answer, problem, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const result = answer?.result ?? null;
  const note = answer?.note ?? '';
  return (
    <li className={`check-item${problem ? ' problem' : ''}`} data-testid={`check-${item.code}`} data-result={result ?? ''}>
      <div className="check-name">
        <span>{isChinese(i18n.language) ? item.name_zh : item.name_en}</span>
        {item.critical && <span className="critical">{t('courtyard.inspect.critical')}</span>}
        <span className="muted weight">{t('courtyard.inspect.weight', { weight: item.weight })}</span>
      </div>
      <div className="check-results" role="radiogroup" aria-label={isChinese(i18n.language) ? item.name_zh : item.name_en}>
        {RESULTS.map((r) => (
          <button
            key={r}
            type="button"
            role="radio"
            aria-checked={result === r}
            className={`result-${r}`}
            data-testid={`check-${item.code}-${r}`}
            onClick={() => onChange({ result: r, note })}
          >
            {t(`courtyard.inspect.${r}`)}
          </button>
        ))}
      </div>
      {(result === 'fail' || note) && (
        <label className="check-note">
          {result === 'fail' ? t('courtyard.inspect.noteRequired') : t('courtyard.inspect.note')}
          <input
            value={note}
            maxLength={NOTE_MAX}
            data-testid={`check-${item.code}-note`}
            aria-invalid={problem === 'unexplained' ? true : undefined}
            placeholder={t('courtyard.inspect.notePlaceholder')}
            onChange={(e) => onChange({ result, note: e.target.value })}
          />
        </label>
      )}
    </li>
  );
}
