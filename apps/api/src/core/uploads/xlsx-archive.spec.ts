import ExcelJS from 'exceljs';
import { buildZip } from '../../../test/zip-builder';
import { assertReasonableXlsx } from './xlsx-archive';

const MB = 1024 * 1024;
const limits = { maxUncompressedBytes: 20 * MB, maxParts: 200 };
const messageOf = (buffer: Buffer): string => {
  try {
    assertReasonableXlsx(buffer, limits);
    return 'accepted';
  } catch (error) {
    return String((error as { response?: { message?: string } }).response?.message);
  }
};

describe('assertReasonableXlsx', () => {
  it('accepts a real workbook', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('台账');
    for (let i = 0; i < 500; i++) sheet.addRow([`事项 ${i}`, i, '巨鹿镇']);
    expect(messageOf(Buffer.from(await wb.xlsx.writeBuffer()))).toBe('accepted');
  });

  it('refuses a zip bomb by its declared total, before inflating it', () => {
    const bomb = buildZip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(30 * MB, 0x20) }]);
    expect(bomb.length).toBeLessThan(100 * 1024);
    expect(messageOf(bomb)).toContain('超过 20 MB');
  });

  it('refuses a part compressed absurdly well', () => {
    expect(messageOf(buildZip([{ name: 'xl/sharedStrings.xml', data: Buffer.alloc(8 * MB, 0x41) }]))).toContain('压缩比异常');
  });

  it('refuses a directory that lies about a part size', () => {
    const liar = buildZip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<row/>'.repeat(200_000)), declaredSize: 1000 }]);
    expect(messageOf(liar)).toContain('与声明不符');
  });

  it('refuses too many parts', () => {
    const parts = Array.from({ length: 201 }, (_, i) => ({ name: `xl/media/image${i}.png`, data: Buffer.from(`part ${i}`) }));
    expect(messageOf(buildZip(parts))).toContain('201 个部件');
  });

  it('refuses what is not a zip', () => {
    expect(messageOf(Buffer.from('not excel at all'))).toContain('.xlsx');
  });
});
