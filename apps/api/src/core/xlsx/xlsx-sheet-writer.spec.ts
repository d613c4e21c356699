import ExcelJS from 'exceljs';
import { PassThrough, Writable } from 'node:stream';
import { columnLetters, safeSheetName } from './xlsx-parts';
import { XLSX_MAX_CELL_CHARS, XlsxSheetWriter } from './xlsx-sheet-writer';

async function written(write: (w: XlsxSheetWriter) => Promise<void>, sheetName = '信访事项台账'): Promise<ExcelJS.Worksheet> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const writer = new XlsxSheetWriter(out, sheetName, [
    { header: '信访件编号', width: 20 },
    { header: '登记时间', width: 18 },
    { header: '人数', width: 6 },
    { header: '涉法涉诉', width: 8 },
  ]);
  await write(writer);
  await writer.close();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Uint8Array.from(Buffer.concat(chunks)).buffer);
  return workbook.worksheets[0];
}

describe('XlsxSheetWriter', () => {
  it('writes a bold header, then strings, China-time dates, numbers, booleans and empty cells as Excel reads them', async () => {
    // 2026-12-07 01:30 UTC is 09:30 in China: the sheet shows the time the bureau lives in.
    const sheet = await written((w) =>
      w.addRows([
        ['1305292026000001', new Date('2026-12-07T01:30:00Z'), 3, true],
        ['1305292026000002', null, undefined, false],
      ]),
    );
    expect(sheet.name).toBe('信访事项台账');
    expect(sheet.getRow(1).values).toEqual([undefined, '信访件编号', '登记时间', '人数', '涉法涉诉']);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getColumn(1).width).toBe(20);
    const date = sheet.getRow(2).getCell(2);
    expect((date.value as Date).toISOString()).toBe('2026-12-07T09:30:00.000Z');
    expect(date.numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(sheet.getRow(2).getCell(3).value).toBe(3);
    expect(sheet.getRow(2).getCell(4).value).toBe(true);
    expect(sheet.getRow(3).getCell(2).value).toBeNull();
    expect(sheet.getRow(3).getCell(4).value).toBe(false);
  });

  it('keeps markup characters as text, drops characters XML cannot carry and cuts text at Excel’s cell limit', async () => {
    const long = '诉'.repeat(XLSX_MAX_CELL_CHARS + 10);
    const sheet = await written((w) =>
      w.addRows([
        ['<b>A&B</b> "引号"', 'bell\u0007 here', 12.5, null],
        [long, '  两端空格  ', Number.NaN, null],
      ]),
    );
    expect(sheet.getRow(2).getCell(1).value).toBe('<b>A&B</b> "引号"');
    expect(sheet.getRow(2).getCell(2).value).toBe('bell here');
    expect(sheet.getRow(2).getCell(3).value).toBe(12.5);
    expect(String(sheet.getRow(3).getCell(1).value)).toHaveLength(XLSX_MAX_CELL_CHARS);
    expect(sheet.getRow(3).getCell(2).value).toBe('  两端空格  ');
    expect(sheet.getRow(3).getCell(3).value).toBeNull();
  });

  it('writes many rows in order with back-pressure and an empty row where one is given', async () => {
    const sheet = await written(async (w) => {
      for (let batch = 0; batch < 5; batch++) await w.addRows(Array.from({ length: 1000 }, (_, i) => [`编号${batch * 1000 + i}`, null, batch * 1000 + i, false]));
      await w.addRows([[], ['导出人：张三']]);
    });
    expect(sheet.rowCount).toBe(5003);
    expect(sheet.getRow(5001).getCell(3).value).toBe(4999);
    expect(sheet.getRow(5002).getCell(1).value).toBeNull();
    expect(sheet.getRow(5003).getCell(1).value).toBe('导出人：张三');
  });

  it('makes any sheet name one Excel accepts', async () => {
    expect(safeSheetName('台账[2026]:一/二?')).toBe('台账_2026__一_二_');
    expect(safeSheetName('x'.repeat(40))).toHaveLength(31);
    expect((await written(() => Promise.resolve(), 'a/b')).name).toBe('a_b');
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('fails, instead of hanging, when the destination fails', async () => {
    const broken = new Writable({ write: (_c, _e, cb) => cb(new Error('disk full')) });
    const writer = new XlsxSheetWriter(broken, '台账', [{ header: '编号', width: 10 }]);
    await expect(
      (async () => {
        for (let i = 0; i < 100; i++) await writer.addRows(Array.from({ length: 1000 }, (_, j) => [`编号${i}-${j}`]));
        await writer.close();
      })(),
    ).rejects.toThrow('disk full');
  });
});
