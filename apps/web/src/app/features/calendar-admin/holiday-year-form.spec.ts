import { emptyHolidayYear, holidayYearErrors, holidayYearRequest } from './holiday-year-form';

const draft = (year: number | null, notice: string, holidays: string, workdays: string) => ({ year, notice, holidays, workdays });

describe('录入放假安排 form', () => {
  it('reads festivals line by line and make-up days in any separator', () => {
    const form = draft(2027, '国办发明电〔2026〕X号', '元旦 2027-01-01 2027-01-03\n\n清明节 2027-04-05', '2027-02-14，2027-02-20 2027-09-26');
    expect(holidayYearErrors(form)).toEqual([]);
    expect(holidayYearRequest(form)).toEqual({
      year: 2027,
      notice: '国办发明电〔2026〕X号',
      holidays: [
        { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
        { name: '清明节', from: '2027-04-05', to: '2027-04-05' },
      ],
      workdays: ['2027-02-14', '2027-02-20', '2027-09-26'],
    });
  });

  it('names every problem on its field', () => {
    expect(holidayYearErrors(emptyHolidayYear()).map((e) => e.field)).toEqual(['year', 'notice', 'holidays']);
    expect(holidayYearErrors(draft(2027, '', '元旦 2027-01-01', ''))).toEqual([{ field: 'notice', message: expect.stringContaining('通知') }]);
    expect(holidayYearErrors(draft(2027, '国办发明电', '元旦 2027/01/01', ''))).toEqual([
      { field: 'holidays', message: '第 1 行应为“名称 起始日期 结束日期”，日期格式 YYYY-MM-DD' },
    ]);
    expect(holidayYearErrors(draft(2027, '国办发明电', '', ''))[0]?.message).toContain('请至少录入一个节日');
    expect(holidayYearErrors(draft(2027, '国办发明电', '元旦 2027-01-01', '2027-2-14'))).toEqual([{ field: 'workdays', message: expect.stringContaining('2027-2-14') }]);
    expect(holidayYearErrors(draft(1999, '国办发明电', '元旦 2027-01-01', ''))[0]?.field).toBe('year');
  });
});
