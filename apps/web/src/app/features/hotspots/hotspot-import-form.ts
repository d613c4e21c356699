import type { FieldError } from '../../core/forms/form-errors';

/** The one control of 导入台账: the workbook chosen (the template's `data-field`). */
export const HOTSPOT_IMPORT_FIELDS = ['file'] as const;

/** The largest upload the API takes (HotspotsController's file limit). */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * A chosen ledger as the API takes it (HotspotsController and HotspotImportService): one non-empty
 * Excel workbook (.xlsx) of at most 10 MB. The rows themselves are checked by the API, row by row. [] = fine.
 */
export function hotspotImportErrors(file: Pick<File, 'name' | 'size'> | null): FieldError[] {
  if (!file || file.size === 0) return [{ field: 'file', message: '请选择要导入的 Excel 文件（.xlsx）' }];
  if (!/\.xlsx$/i.test(file.name)) return [{ field: 'file', message: `“${file.name}”不能导入，请选择 Excel 工作簿（.xlsx 文件）` }];
  if (file.size > IMPORT_MAX_BYTES) return [{ field: 'file', message: '文件不超过 10 MB，请拆分后分批导入' }];
  return [];
}
