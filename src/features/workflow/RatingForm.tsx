// 结果反馈: the reporter rates how the incident was handled (1–5) with an optional comment, once.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  busy: boolean;
  onSubmit(rating: number, comment: string | null): void;
}

export function RatingForm({ busy, onSubmit }: Props) {
  const { t } = useTranslation();
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  return (
    <form
      className="rating-form"
      data-testid="rating-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (rating) onSubmit(rating, comment.trim() || null);
      }}
    >
      <h4>{t('workflow.rateTitle')}</h4>
      <div className="stars" role="radiogroup" aria-label={t('workflow.rating')}>
        {[1, 2, 3, 4, 5].map((n) => (
          <button
            key={n}
            type="button"
            role="radio"
            aria-checked={rating === n}
            aria-label={t('workflow.stars', { count: n })}
            className={n <= rating ? 'star on' : 'star'}
            data-testid={`rate-${n}`}
            onClick={() => setRating(n)}
          >
            ★
          </button>
        ))}
      </div>
      <textarea
        value={comment}
        maxLength={500}
        placeholder={t('workflow.rateComment')}
        onChange={(e) => setComment(e.target.value)}
      />
      <button type="submit" className="primary" disabled={!rating || busy}>
        {t('workflow.rateSubmit')}
      </button>
    </form>
  );
}
