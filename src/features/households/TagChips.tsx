// Tag filter chips: each shows how many of the listed households carry the tag; choosing several narrows
// the list to households carrying all of them.
import { useTranslation } from 'react-i18next';
import type { HouseholdTag } from '../../data/types';
import { vocabName } from '../../lib/vocab';

interface Props {
  tags: HouseholdTag[];
  counts: ReadonlyMap<string, number>;
  chosen: string[];
  onToggle(code: string): void;
  onClear(): void;
}

export function TagChips({ tags, counts, chosen, onToggle, onClear }: Props) {
  const { t, i18n } = useTranslation();
  const offered = tags.filter((x) => chosen.includes(x.code) || (counts.get(x.code) ?? 0) > 0);
  if (offered.length === 0) return null;
  return (
    <div className="chips" role="group" aria-label={t('households.tagFilter')}>
      {offered.map((x) => {
        const on = chosen.includes(x.code);
        return (
          <button
            type="button"
            key={x.code}
            className={on ? 'chip on' : 'chip'}
            aria-pressed={on}
            data-testid={`tag-chip-${x.code}`}
            onClick={() => onToggle(x.code)}
          >
            {vocabName(x, i18n.language)} <span className="chip-count">{counts.get(x.code) ?? 0}</span>
          </button>
        );
      })}
      {chosen.length > 0 && (
        <button type="button" className="chip clear" onClick={onClear}>
          {t('households.clearTags')}
        </button>
      )}
    </div>
  );
}
