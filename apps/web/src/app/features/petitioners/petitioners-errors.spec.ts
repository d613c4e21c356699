import { revealErrors, searchErrors } from './petitioners-errors';

describe('petitioner lookup checks', () => {
  it('asks for a value to look up, within the length the API takes for its kind', () => {
    expect(searchErrors('idNumber', '130529198503120021')).toEqual([]);
    expect(searchErrors('name', '  ')[0]).toEqual({ field: 'value', message: '请输入要查找的姓名（完整填写，不支持模糊查找）' });
    expect(searchErrors('phone', '1'.repeat(21))).toEqual([{ field: 'value', message: '电话号码不能超过 20 个字符，请核对' }]);
  });

  it('asks for a reason of 4–200 characters before revealing a full value', () => {
    expect(revealErrors('电话回访核实身份')).toEqual([]);
    expect(revealErrors(' ')[0]?.field).toBe('reason');
    expect(revealErrors('核实')[0]?.message).toContain('至少 4 个字');
    expect(revealErrors('查'.repeat(201))[0]?.message).toContain('不能超过 200 个字');
  });
});
