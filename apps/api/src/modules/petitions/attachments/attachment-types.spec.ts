import { detectAttachmentType, safeFileName } from './attachment-types';

const PDF = Buffer.from('%PDF-1.7\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0]);
const EXE = Buffer.from('MZ\x90\x00');

describe('attachment types', () => {
  it('accepts a file whose name and first bytes agree', () => {
    expect(detectAttachmentType('来信扫描件.PDF', PDF)).toBe('application/pdf');
    expect(detectAttachmentType('现场照片.png', PNG)).toBe('image/png');
    expect(detectAttachmentType('证据清单.xlsx', ZIP)).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('refuses a renamed executable, an unknown type, or a mismatch', () => {
    expect(detectAttachmentType('信访材料.pdf', EXE)).toBeNull();
    expect(detectAttachmentType('程序.exe', EXE)).toBeNull();
    expect(detectAttachmentType('照片.jpg', PNG)).toBeNull();
    expect(detectAttachmentType('无扩展名', PDF)).toBeNull();
  });

  it('keeps only a safe base name', () => {
    expect(safeFileName('C:\\Users\\x\\来信.pdf')).toBe('来信.pdf');
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('a"b<c>.pdf')).toBe('a_b_c_.pdf');
    expect(safeFileName('')).toBe('file');
  });
});
