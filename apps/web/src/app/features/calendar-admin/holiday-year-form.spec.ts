import { parseHolidayYear } from './holiday-year-form';

describe('parseHolidayYear', () => {
  it('reads festivals line by line and make-up days in any separator', () => {
    expect(parseHolidayYear(2027, '国办发明电〔2026〕X号', '元旦 2027-01-01 2027-01-03\n\n清明节 2027-04-05', '2027-02-14，2027-02-20 2027-09-26')).toEqual({
      year: 2027,
      notice: '国办发明电〔2026〕X号',
      holidays: [
        { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
        { name: '清明节', from: '2027-04-05', to: '2027-04-05' },
      ],
      workdays: ['2027-02-14', '2027-02-20', '2027-09-26'],
    });
  });

  it('names the first problem', () => {
    expect(parseHolidayYear(null, '通知', '', '')).toContain('年份');
    expect(parseHolidayYear(2027, '', '元旦 2027-01-01', '')).toContain('通知');
    expect(parseHolidayYear(2027, '国办发明电', '元旦 2027/01/01', '')).toBe('第 1 行应为“名称 起始日期 结束日期”，日期格式 YYYY-MM-DD');
    expect(parseHolidayYear(2027, '国办发明电', '', '')).toBe('请至少录入一个节日');
    expect(parseHolidayYear(2027, '国办发明电', '元旦 2027-01-01', '2027-2-14')).toContain('2027-2-14');
  });
});
