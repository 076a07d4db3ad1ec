import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { registerRows, xlsx } from '../../scripts/fixtures/data-io/fixtures';
import { readSheet } from './sheet-read';
import { isDateFormat, readXlsx, serialDateText } from './xlsx-read';

/** A workbook with what registers and hotline exports hold: text, numbers, dates, formulas, gaps, a second sheet. */
async function mixedWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('工单');
  ws.addRow(['工单编号', '来电时间', '金额', '办结', '备注']);
  ws.addRow(['12345-0001', new Date(Date.UTC(2025, 9, 3, 9, 15, 0)), 12.5, true, 'A&B <甲> "乙"']);
  ws.addRow(['12345-0002', new Date(Date.UTC(2025, 9, 4)), 7, false, { richText: [{ text: '红' }, { text: '字', font: { bold: true } }] }]);
  ws.getCell('B3').numFmt = 'yyyy"年"m"月"d"日"';
  ws.getCell('C3').numFmt = '0.00';
  ws.addRow([]);
  ws.getCell('A5').value = '12345-0003';
  ws.getCell('C5').value = { formula: 'C2*2', result: 25 };
  ws.getCell('E5').value = '第一行\r\n第二行';
  wb.addWorksheet('其他').addRow(['不读']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('readXlsx', () => {
  it('reads every cell of the first sheet as the text exceljs gave', async () => {
    const bytes = await mixedWorkbook();
    expect(await readXlsx(bytes)).toEqual([
      ['工单编号', '来电时间', '金额', '办结', '备注'],
      ['12345-0001', '2025-10-03 09:15:00', '12.5', 'true', 'A&B <甲> "乙"'],
      ['12345-0002', '2025-10-04', '7', 'false', '红字'],
      [],
      ['12345-0003', '', '25', '', '第一行\r\n第二行'],
    ]);
  });

  it('gives the register fixture exactly as exceljs reads it', async () => {
    const bytes = new Uint8Array(await xlsx(registerRows(300, '', 'xlsx-read'), '民情册'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    const viaExceljs: string[][] = [];
    wb.worksheets[0]!.eachRow((row) => viaExceljs.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    expect(await readXlsx(bytes)).toEqual(viaExceljs);
    expect((await readSheet(bytes, 'register.xlsx')).rows).toEqual(viaExceljs);
  });

  it('refuses what is not a workbook', async () => {
    await expect(readXlsx(new TextEncoder().encode('序号,网格编号\n1,01'))).rejects.toThrow();
  });
});

describe('number formats and serial days', () => {
  it('tells date formats from number formats', () => {
    expect(['yyyy-mm-dd', 'yyyy"年"m"月"d"日"', 'h:mm:ss', '[$-F800]dddd, mmmm dd, yyyy'].map(isDateFormat)).toEqual([true, true, true, true]);
    expect(['0.00', '#,##0', '0%', '"m"0', '[Red]0.0', '0.00E+00'].map(isDateFormat)).toEqual([false, false, false, false, false, false]);
  });

  it('turns a serial day into the day and time the sheet shows', () => {
    expect(serialDateText(45933)).toBe('2025-10-03');
    expect(serialDateText(45933.385416666664)).toBe('2025-10-03 09:15:00');
    expect(serialDateText(44471, true)).toBe('2025-10-03');
  });
});
