import { categoryErrors, emptyCategoryDraft, renameErrors } from './category-form';

describe('内容分类 form checks', () => {
  it('passes a first-level and a second-level category', () => {
    expect(categoryErrors({ parentCode: null, code: '19', label: '其他' })).toEqual([]);
    expect(categoryErrors({ parentCode: '04', code: '0420', label: '土地承包' })).toEqual([]);
  });

  it('names the missing code and label', () => {
    expect(categoryErrors(emptyCategoryDraft()).map((e) => e.field)).toEqual(['code', 'label']);
  });

  it('says how a code must look, by level', () => {
    expect(categoryErrors({ parentCode: null, code: '0420', label: 'x' })[0]?.message).toContain('一级分类代码须为两位数字');
    expect(categoryErrors({ parentCode: '04', code: '0520', label: 'x' })[0]?.message).toContain('上级代码 04 加两位数字');
  });

  it('改名 needs a label of at most 50 characters', () => {
    expect(renameErrors('农村土地')).toEqual([]);
    expect(renameErrors(' ')).toEqual([{ field: 'newLabel', message: '请填写分类名称' }]);
    expect(renameErrors('类'.repeat(51))).toHaveLength(1);
  });
});
