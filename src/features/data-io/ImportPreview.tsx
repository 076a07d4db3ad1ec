// The check's verdict before anything is written, then the database's: how many rows go in, every row that does
// not with its line, column and reason, the error report to fix them in the spreadsheet, and the import itself.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageText } from '../../i18n/error-text';
import { fieldText, reasonText } from './reason-text';
import { problemRows, type useImport } from './use-import';
import { saveFile } from '../../lib/save-file';

const SHOWN = 200;

export function ImportPreview({ flow }: { flow: ReturnType<typeof useImport> }) {
  const { t } = useTranslation();
  const [reportError, setReportError] = useState<unknown>(null);
  const s = flow.state;
  const checked = s.checked!;
  const problems = useMemo(() => problemRows(checked.errors, s.refused), [checked.errors, s.refused]);
  const { inserted, updated, unchanged, refused } = s.outcome;
  const answered = inserted + updated + unchanged + refused;
  const finished = s.phase === 'done' || s.phase === 'cancelled';

  const download = async (format: 'csv' | 'xlsx') => {
    setReportError(null);
    const byRow = new Map<number, string[]>();
    for (const p of problems) {
      const text = [fieldText(p.field), reasonText(p.code), p.value].filter(Boolean).join('：');
      byRow.set(p.row, [...(byRow.get(p.row) ?? []), text]);
    }
    try {
      const blob = await flow.report(format, t('dataIo.reportColumn'), [...byRow].map(([row, texts]) => [row, texts.join('；')]));
      saveFile(blob, `${(s.fileName ?? 'import').replace(/\.\w+$/, '')}-errors.${format}`);
    } catch (e) {
      setReportError(e);
    }
  };

  return (
    <div className="data-preview">
      <p className="data-summary" data-testid="import-summary" data-good={checked.rows.length} data-bad={checked.badRows.length}>
        {t('dataIo.summary', { good: checked.rows.length, bad: checked.badRows.length })}
      </p>
      {s.phase === 'preview' && checked.rows.length > 0 && (
        <button type="button" className="primary" data-testid="import-start" onClick={() => void flow.start()}>
          {t('dataIo.start', { count: checked.rows.length })}
        </button>
      )}
      {finished && (
        <p className="data-result" data-testid="import-result" data-inserted={inserted} data-updated={updated}
          data-unchanged={unchanged} data-refused={refused}>
          {s.phase === 'cancelled' && t('dataIo.cancelled', { done: answered, rest: checked.rows.length - answered })}{' '}
          {t('dataIo.result', { inserted, updated, unchanged, refused })}
        </p>
      )}
      {problems.length > 0 && (
        <>
          <h3>{t('dataIo.errorsTitle')}</h3>
          <table className="data-table" data-testid="import-errors">
            <thead>
              <tr><th>{t('dataIo.row')}</th><th>{t('dataIo.column')}</th><th>{t('dataIo.reason')}</th><th>{t('dataIo.value')}</th></tr>
            </thead>
            <tbody>
              {problems.slice(0, SHOWN).map((p, i) => (
                <tr key={i} data-testid="import-error" data-row={p.row} data-code={p.code}>
                  <td>{p.row}</td><td>{fieldText(p.field)}</td><td>{reasonText(p.code)}</td><td>{p.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {problems.length > SHOWN && <p className="muted">{t('dataIo.moreErrors', { count: problems.length - SHOWN })}</p>}
          <p className="data-report">
            {t('dataIo.report')}
            <button type="button" data-testid="report-csv" onClick={() => void download('csv')}>CSV</button>
            <button type="button" data-testid="report-xlsx" onClick={() => void download('xlsx')}>XLSX</button>
          </p>
          {reportError !== null && <p className="data-error" role="alert">{errorMessageText(reportError)}</p>}
        </>
      )}
    </div>
  );
}
