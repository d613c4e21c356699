import { inflateRawSync } from 'node:zlib';
import { invalid } from '../http/api-errors';

/** The configured limits (XLSX_MAX_UNCOMPRESSED_MB, XLSX_MAX_PARTS). */
export function xlsxLimits(config: { XLSX_MAX_UNCOMPRESSED_MB: number; XLSX_MAX_PARTS: number }): ArchiveLimits {
  return { maxUncompressedBytes: config.XLSX_MAX_UNCOMPRESSED_MB * 1024 * 1024, maxParts: config.XLSX_MAX_PARTS };
}

export interface ArchiveLimits {
  /** Total uncompressed bytes of all parts. */
  maxUncompressedBytes: number;
  maxParts: number;
}

/** Deflate manages ~10:1 on worksheet XML and rarely 100:1; a bomb's parts reach ~1000:1. */
const MAX_RATIO = 200;
/** Small parts may compress absurdly (a run of blanks) without costing anything. */
const RATIO_CHECKED_FROM_BYTES = 1024 * 1024;

const EOCD = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

interface Entry {
  method: number;
  compressed: number;
  uncompressed: number;
  localHeaderAt: number;
}

const notAWorkbook = (): Error => invalid('无法读取该文件，请上传 Excel 工作簿（.xlsx）');
const tooBig = (what: string): Error => invalid(`该 Excel 文件解压后${what}，超出导入上限，请删除多余的工作表、图片或空白行后再上传`);

/**
 * Checks an .xlsx (a zip) before ExcelJS inflates every part in memory (a 206 KB file cost
 * +450 MB): the central directory's sizes, part count and compression ratios, read without
 * inflating; then each part is inflated alone with its declared size as a hard cap, so a directory
 * that lies about sizes is caught at no more than the allowed total. Throws a 400 naming the problem.
 */
export function assertReasonableXlsx(buffer: Buffer, limits: ArchiveLimits): void {
  const entries = centralDirectory(buffer, limits.maxParts);
  let total = 0;
  for (const e of entries) {
    total += e.uncompressed;
    if (total > limits.maxUncompressedBytes) throw tooBig(`超过 ${Math.round(limits.maxUncompressedBytes / 1024 / 1024)} MB`);
    if (e.uncompressed >= RATIO_CHECKED_FROM_BYTES && e.uncompressed / Math.max(e.compressed, 1) > MAX_RATIO) throw tooBig('的压缩比异常（疑似压缩炸弹）');
  }
  for (const e of entries) verifyPart(buffer, e);
}

function centralDirectory(buffer: Buffer, maxParts: number): Entry[] {
  const eocd = findEndOfCentralDirectory(buffer);
  const count = buffer.readUInt16LE(eocd + 10);
  const size = buffer.readUInt32LE(eocd + 12);
  let at = buffer.readUInt32LE(eocd + 16);
  // ZIP64 markers: no workbook within the limits needs them.
  if (count === 0xffff || size === 0xffffffff || at === 0xffffffff) throw tooBig('过大');
  if (count > maxParts) throw tooBig(`包含 ${count} 个部件（上限 ${maxParts}）`);
  if (at + size > buffer.length) throw notAWorkbook();
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== CENTRAL_ENTRY) throw notAWorkbook();
    entries.push({
      method: buffer.readUInt16LE(at + 10),
      compressed: buffer.readUInt32LE(at + 20),
      uncompressed: buffer.readUInt32LE(at + 24),
      localHeaderAt: buffer.readUInt32LE(at + 42),
    });
    at += 46 + buffer.readUInt16LE(at + 28) + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
  }
  return entries;
}

function findEndOfCentralDirectory(buffer: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  for (let at = buffer.length - 22; at >= Math.max(0, buffer.length - 22 - 0xffff); at--) {
    if (buffer.readUInt32LE(at) === EOCD) return at;
  }
  throw notAWorkbook();
}

/** Inflates one part with its declared size as the cap: more output means the directory lied. */
function verifyPart(buffer: Buffer, e: Entry): void {
  const h = e.localHeaderAt;
  if (h + 30 > buffer.length || buffer.readUInt32LE(h) !== LOCAL_HEADER) throw notAWorkbook();
  const start = h + 30 + buffer.readUInt16LE(h + 26) + buffer.readUInt16LE(h + 28);
  const data = buffer.subarray(start, start + e.compressed);
  if (e.method === 0) {
    if (e.compressed !== e.uncompressed) throw notAWorkbook();
    return;
  }
  if (e.method !== 8) throw notAWorkbook();
  let inflated: Buffer;
  try {
    inflated = inflateRawSync(data, { maxOutputLength: Math.max(e.uncompressed, 1) });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooBig('的实际大小与声明不符（疑似压缩炸弹）');
    throw notAWorkbook();
  }
  if (inflated.length !== e.uncompressed) throw notAWorkbook();
}
