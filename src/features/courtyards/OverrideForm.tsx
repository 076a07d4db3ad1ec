// Setting the risk level and/or stars by hand (人工设定), or going back to the computed ones. A reason is always
// required: the database logs it with who set it. Empty choices mean "leave computed".
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskLevel } from '../../data/types';
import { RISK_LEVELS } from '../../lib/risk-level';

interface Props {
  mode: 'set' | 'clear';
  busy: boolean;
  onSubmit(risk: RiskLevel | null, stars: number | null, reason: string): void;
  onCancel(): void;
}

export function OverrideForm({ mode, busy, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [risk, setRisk] = useState<RiskLevel | null>(null);
  const [stars, setStars] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const chosen = mode === 'clear' || risk !== null || stars !== null;
  const complete = chosen && reason.trim().length > 0;
  return (
    <form
      className="cy-form"
      data-testid="override-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (complete) onSubmit(risk, stars, reason.trim());
      }}
    >
      <h4>{mode === 'set' ? t('courtyard.override.title') : t('courtyard.override.clearTitle')}</h4>
      {mode === 'set' && (
        <div className="cy-row">
          <label>
            {t('courtyard.override.risk')}
            <select data-testid="override-risk" value={risk ?? ''} onChange={(e) => setRisk((e.target.value || null) as RiskLevel | null)}>
              <option value="">{t('courtyard.override.keep')}</option>
              {RISK_LEVELS.map((r) => (
                <option key={r} value={r}>
                  {t(`courtyard.levels.${r}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('courtyard.override.stars')}
            <select data-testid="override-stars" value={stars ?? ''} onChange={(e) => setStars(e.target.value ? Number(e.target.value) : null)}>
              <option value="">{t('courtyard.override.keep')}</option>
              {[5, 4, 3, 2, 1].map((s) => (
                <option key={s} value={s}>
                  {t('courtyard.starsValue', { count: s })}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      <label>
        {t('courtyard.override.reason')}
        <textarea data-testid="override-reason" value={reason} maxLength={500} placeholder={t('courtyard.override.reasonPlaceholder')} onChange={(e) => setReason(e.target.value)} />
      </label>
      {mode === 'set' && !chosen && <p className="fine-print">{t('courtyard.override.needOne')}</p>}
      <div className="cy-form-buttons">
        <button type="button" onClick={onCancel}>
          {t('workflow.cancel')}
        </button>
        <button type="submit" className="primary" data-testid="override-submit" disabled={!complete || busy}>
          {busy ? t('workflow.saving') : t('workflow.confirm')}
        </button>
      </div>
    </form>
  );
}
