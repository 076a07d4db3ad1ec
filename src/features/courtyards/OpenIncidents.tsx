// Open incidents at the courtyard, each a link that opens it on the map (the same ?incident= links as elsewhere).
import { useTranslation } from 'react-i18next';
import type { CourtyardDetail, Vocabularies } from '../../data/types';
import { formatDateTime } from '../../lib/format';
import { vocabLabel } from '../../lib/vocab';

interface Props {
  incidents: CourtyardDetail['open_incidents'];
  vocab: Vocabularies;
  onOpen(id: number): void;
}

export function OpenIncidents({ incidents, vocab, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (!incidents.length) return <p className="muted">{t('courtyard.noIncidents')}</p>;
  return (
    <ul className="courtyard-incidents" data-testid="courtyard-incidents" data-count={incidents.length}>
      {incidents.map((i) => (
        <li key={i.id}>
          <a
            href={`?incident=${i.id}`}
            onClick={(e) => {
              e.preventDefault();
              onOpen(i.id);
            }}
          >
            {i.title}
          </a>
          <span className="muted">
            {vocabLabel(vocab.categories, i.category, lang)} · {vocabLabel(vocab.statuses, i.status, lang)} · {formatDateTime(i.reported_at, lang)}
          </span>
        </li>
      ))}
    </ul>
  );
}
