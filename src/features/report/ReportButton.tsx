// 上报事件: opens the intake form. Small and loaded with the page; the form itself loads on the first press.
import { useTranslation } from 'react-i18next';

export function ReportButton({ onClick, disabled }: { onClick(): void; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="report-button" data-testid="report-button" disabled={disabled} onClick={onClick}>
      ＋ {t('report.button')}
    </button>
  );
}
