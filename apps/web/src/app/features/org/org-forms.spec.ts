import { abbrErrors, childUnitErrors, renameErrors } from './org-forms';

describe('组织机构 form checks', () => {
  it('改名 needs a name of at most 100 characters', () => {
    expect(renameErrors('观寨镇')).toEqual([]);
    expect(renameErrors('  ')).toEqual([{ field: 'name', message: '请填写单位名称' }]);
    expect(renameErrors('村'.repeat(101))[0]?.message).toContain('100 个字符');
  });

  it('机关代字 is empty (cleared) or 1–8 Chinese characters', () => {
    expect(abbrErrors('')).toEqual([]);
    expect(abbrErrors('巨人社')).toEqual([]);
    expect(abbrErrors('JL人社')).toEqual([{ field: 'documentAbbr', message: expect.stringContaining('1–8 个汉字') }]);
    expect(abbrErrors('巨鹿县人力资源社会保障')).toHaveLength(1);
  });

  it('新增下级单位 needs a name and a type; a code, if given, has 9 or 12 digits', () => {
    expect(childUnitErrors({ name: '新村', type: 'VILLAGE', code: '' })).toEqual([]);
    expect(childUnitErrors({ name: '新村', type: 'VILLAGE', code: '130529100201' })).toEqual([]);
    expect(childUnitErrors({ name: '', type: null, code: '1234' }).map((e) => e.field)).toEqual(['childName', 'childType', 'childCode']);
    expect(childUnitErrors({ name: '新村', type: 'VILLAGE', code: '1234' })[0]?.message).toContain('9 位');
  });
});
