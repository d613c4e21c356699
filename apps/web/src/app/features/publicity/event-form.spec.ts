import { eventFormErrors, type EventForm } from './event-form';

const event = (): EventForm => ({ heldOn: '2026-03-05', townshipId: 't1', villageIds: ['v1'], form: 'MEETING', topic: '条例宣讲', participants: 60, note: '' });

describe('eventFormErrors', () => {
  it('takes a complete event and names each missing field on its control', () => {
    expect(eventFormErrors(event(), [], '2026-03-05')).toEqual([]);
    expect(eventFormErrors({ ...event(), heldOn: '', villageIds: [], topic: '讲' }, [], '2026-03-05')).toEqual([
      { field: 'heldOn', message: '请选择活动日期' },
      { field: 'villageIds', message: '请至少选择一个覆盖的村（社区）' },
      { field: 'topic', message: '请填写宣传主题（至少 2 个字）' },
    ]);
  });

  it('refuses a day after today, a negative count and a photo that is no JPG or PNG', () => {
    const fields = eventFormErrors({ ...event(), heldOn: '2026-03-06', participants: -1 }, [{ name: '现场.png' }, { name: '通知.pdf' }], '2026-03-05');
    expect(fields.map((e) => e.field)).toEqual(['heldOn', 'participants', 'photos']);
    expect(fields[2]?.message).toContain('通知.pdf');
    expect(eventFormErrors(event(), [{ name: 'A.JPEG' }], '2026-03-05')).toEqual([]);
  });
});
