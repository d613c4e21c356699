import { hotspotImportErrors, IMPORT_MAX_BYTES } from './hotspot-import-form';

describe('hotspotImportErrors', () => {
  it('takes a workbook of up to 10 MB, whatever the case of its extension', () => {
    expect(hotspotImportErrors({ name: '隐患台账.xlsx', size: 2048 })).toEqual([]);
    expect(hotspotImportErrors({ name: '隐患台账.XLSX', size: IMPORT_MAX_BYTES })).toEqual([]);
  });

  it('asks for a file when none or an empty one is chosen', () => {
    const missing = [{ field: 'file', message: '请选择要导入的 Excel 文件（.xlsx）' }];
    expect(hotspotImportErrors(null)).toEqual(missing);
    expect(hotspotImportErrors({ name: '隐患台账.xlsx', size: 0 })).toEqual(missing);
  });

  it('refuses another kind of file, naming it, and a file over 10 MB', () => {
    expect(hotspotImportErrors({ name: '隐患台账.xls', size: 2048 })).toEqual([{ field: 'file', message: '“隐患台账.xls”不能导入，请选择 Excel 工作簿（.xlsx 文件）' }]);
    expect(hotspotImportErrors({ name: '隐患台账.xlsx', size: IMPORT_MAX_BYTES + 1 })[0]?.message).toBe('文件不超过 10 MB，请拆分后分批导入');
  });
});
