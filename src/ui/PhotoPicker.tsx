// Photos for a form (the incident report, an inspection, a visit): choose (or take, on a phone) up to `max`, see
// them as thumbnails, remove any. Refused files are named with the reason; the accepted ones stay.
import { useTranslation } from 'react-i18next';
import { MAX_PHOTOS, type PhotoProblem } from '../lib/image-rules';
import type { Attachment } from './use-photo-attachments';
import './photo-picker.css';

interface Props {
  items: Attachment[];
  problems: PhotoProblem[];
  disabled: boolean;
  onAdd(files: File[]): void;
  onRemove(key: number): void;
  max?: number;
}

export function PhotoPicker({ items, problems, disabled, onAdd, onRemove, max = MAX_PHOTOS }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="report-photos" data-testid="report-photos" data-count={items.length}>
      <legend>{t('report.photos')}</legend>
      <ul className="thumbs">
        {items.map((a, i) => (
          <li key={a.key} data-testid="report-thumb" data-width={a.upload?.width} data-height={a.upload?.height} data-bytes={a.upload?.blob.size}>
            {a.url ? <img src={a.url} alt={a.name} /> : <span className="thumb-wait">{t('report.processing')}</span>}
            <button type="button" className="thumb-remove" disabled={disabled} aria-label={t('report.removePhoto', { n: i + 1 })} onClick={() => onRemove(a.key)}>
              ×
            </button>
          </li>
        ))}
        {items.length < max && (
          <li>
            <label className={disabled ? 'thumb-add disabled' : 'thumb-add'}>
              <span aria-hidden>＋</span>
              <span>{t('report.addPhoto')}</span>
              <input
                type="file"
                multiple
                accept="image/jpeg,image/png,image/webp"
                disabled={disabled}
                data-testid="report-photo-input"
                onChange={(e) => {
                  const files = [...(e.target.files ?? [])];
                  // Cleared so that choosing the same file again (after removing it) fires a change.
                  e.target.value = '';
                  if (files.length) onAdd(files);
                }}
              />
            </label>
          </li>
        )}
      </ul>
      <p className="fine-print">{t('report.photosHint', { max })}</p>
      {problems.map((p, i) => (
        <p key={i} className="field-error" role="alert" data-testid="report-photo-error">
          {t(p.key, p.params)}
        </p>
      ))}
    </fieldset>
  );
}
