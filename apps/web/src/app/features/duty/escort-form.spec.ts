import type { ReturnEscortView } from '@julu/contracts';
import { blankEscortForm, escortFormErrors, escortFormOf, escortRequestOf, toLocalInput, VOLUNTARY_NOT_CHOSEN } from './escort-form';

const stored: ReturnEscortView = {
  id: 'e1',
  unitId: 'u1',
  unitName: '巨鹿镇',
  kind: 'PICK_UP',
  petitionerNames: '张某',
  peopleCount: 2,
  foundAt: '2026-03-05T01:30:00.000Z',
  place: '北京某地',
  placeKind: 'NON_RECEPTION_SITE',
  matter: '土地纠纷',
  staff: ['王一', '李二'],
  leaderName: '赵镇长',
  departureAt: '2026-03-05T02:00:00.000Z',
  arrivalAt: null,
  transport: '公务车',
  costYuan: 320.5,
  costNote: '',
  caseId: null,
  voluntary: true,
  voluntarinessNote: '经劝说自愿返回',
  followUp: '',
  createdBy: { id: 'p1', name: '赵干事' },
  createdAt: '2026-03-05T03:00:00.000Z',
};

describe('escort form', () => {
  it('puts a stored record back in the form and sends it unchanged', () => {
    const form = escortFormOf(stored);
    expect(form.staff).toBe('王一、李二');
    expect(form.arrivalAt).toBe('');
    expect(escortRequestOf(form)).toEqual({
      ok: true,
      value: {
        unitId: 'u1',
        kind: 'PICK_UP',
        petitionerNames: '张某',
        peopleCount: 2,
        foundAt: '2026-03-05T01:30:00.000Z',
        place: '北京某地',
        placeKind: 'NON_RECEPTION_SITE',
        matter: '土地纠纷',
        staff: ['王一', '李二'],
        leaderName: '赵镇长',
        departureAt: '2026-03-05T02:00:00.000Z',
        arrivalAt: undefined,
        transport: '公务车',
        costYuan: 320.5,
        costNote: '',
        caseId: undefined,
        voluntary: true,
        voluntarinessNote: '经劝说自愿返回',
        followUp: '',
      },
    });
  });

  it('reads numbers typed as text and splits staff on 、 , ， and spaces', () => {
    const form = { ...blankEscortForm('u1'), voluntary: false, peopleCount: '3' as unknown as number, costYuan: '12.5' as unknown as number, staff: '王一、李二,张三， 刘四' };
    const checked = escortRequestOf(form);
    if (!checked.ok) throw new Error(checked.problem);
    const body = checked.value;
    expect(body.peopleCount).toBe(3);
    expect(body.costYuan).toBe(12.5);
    expect(body.staff).toEqual(['王一', '李二', '张三', '刘四']);
  });

  it('never pre-ticks 自愿返回: a new form has no answer and is refused until one is chosen', () => {
    const blank = blankEscortForm('u1');
    expect(blank.voluntary).toBeNull();
    expect(escortRequestOf(blank)).toEqual({ ok: false, problem: VOLUNTARY_NOT_CHOSEN });
    expect(escortRequestOf({ ...blank, voluntary: true })).toMatchObject({ ok: true, value: { voluntary: true } });
    expect(escortRequestOf({ ...blank, voluntary: false })).toMatchObject({ ok: true, value: { voluntary: false } });
  });

  it('shows no time for a missing instant', () => {
    expect(toLocalInput(null)).toBe('');
  });

  it('marks each problem of a new record on its control, 是否自愿返回 unanswered included', () => {
    const fields = escortFormErrors(blankEscortForm('u1'), true).map((e) => e.field);
    expect(fields).toEqual(['petitionerNames', 'foundAt', 'place', 'matter', 'staff', 'leaderName', 'caseId', 'voluntary', 'voluntarinessNote']);
    expect(escortFormErrors(blankEscortForm('u1'), true).find((e) => e.field === 'voluntary')?.message).toBe(VOLUNTARY_NOT_CHOSEN);
    expect(escortFormErrors(blankEscortForm(''), true)[0]).toEqual({ field: 'unitId', message: '请选择责任单位' });
  });

  it('takes a stored record as it is, and refuses what the API refuses', () => {
    const form = escortFormOf(stored);
    expect(escortFormErrors(form, false)).toEqual([]);
    // Only a new record must name its case; an existing one may keep a link its editor cannot see.
    expect(escortFormErrors(form, true).map((e) => e.field)).toEqual(['caseId']);
    // The case is picked by number or name, never typed as an id.
    expect(escortFormErrors(form, true)[0]?.message).toContain('输入案件编号或信访人姓名查找');
    expect(escortFormErrors({ ...form, caseId: 'ZX-2026-001' }, false).map((e) => e.field)).toEqual(['caseId']);
    expect(escortFormErrors({ ...form, kind: 'PERSUADE', placeKind: 'RECEPTION_SITE' }, false).map((e) => e.field)).toEqual(['placeKind']);
    expect(escortFormErrors({ ...form, arrivalAt: '2026-03-05T01:00:00.000Z' }, false)).toEqual([{ field: 'arrivalAt', message: '到达时间不能早于出发时间' }]);
    expect(escortFormErrors({ ...form, costYuan: 1.005, peopleCount: 0 }, false).map((e) => e.field)).toEqual(['peopleCount', 'costYuan']);
    expect(escortFormErrors({ ...form, staff: '、 ,' }, false).map((e) => e.field)).toEqual(['staff']);
  });
});
