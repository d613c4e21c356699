import { callbackErrors, deliveryErrors } from './record-forms';

describe('登记送达 and 回访评价 checks', () => {
  const now = new Date('2026-05-10T06:00:00Z'); // 14:00 China time

  it('asks for a delivery method and time, not in the future and not before the notice was issued', () => {
    expect(deliveryErrors('IN_PERSON', new Date('2026-05-10T05:00:00Z'), '2026-05-09', now)).toEqual([]);
    expect(deliveryErrors(null, null, '2026-05-09', now).map((e) => e.field)).toEqual(['method', 'deliveredAt']);
    // A minute's grace for the clocks; beyond it, refused.
    expect(deliveryErrors('IN_PERSON', new Date('2026-05-10T06:00:30Z'), '2026-05-09', now)).toEqual([]);
    expect(deliveryErrors('IN_PERSON', new Date('2026-05-10T07:00:00Z'), '2026-05-09', now)).toEqual([{ field: 'deliveredAt', message: '送达时间不能晚于现在' }]);
    // 2026-05-08 23:30 UTC is 05-09 07:30 in China: the issue day itself is fine; the day before is not.
    expect(deliveryErrors('POST', new Date('2026-05-08T23:30:00Z'), '2026-05-09', now)).toEqual([]);
    expect(deliveryErrors('POST', new Date('2026-05-08T15:00:00Z'), '2026-05-09', now)).toEqual([{ field: 'deliveredAt', message: '送达时间不能早于文书出具日期 2026-05-09' }]);
  });

  it('asks for a result and keeps the comment within 500 characters', () => {
    expect(callbackErrors('SATISFIED', '')).toEqual([]);
    expect(callbackErrors(null, '')).toEqual([{ field: 'result', message: '请选择评价结果（满意、基本满意或不满意）' }]);
    expect(callbackErrors('SATISFIED', '好'.repeat(501))).toEqual([{ field: 'comment', message: '评价意见不能超过 500 字（现有 501 字），请精简' }]);
  });
});
