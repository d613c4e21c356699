import { buildTransitionRequest, emptyTransitionForm, fieldLabel, transitionErrors, transitionFields, type TransitionForm } from './transition-form';

const form = (values: Partial<TransitionForm>): TransitionForm => ({ ...emptyTransitionForm(), ...values });

describe('transition forms', () => {
  it('asks for what the transition table requires, the optional extras, and a note', () => {
    expect(transitionFields('FORWARD')).toEqual([
      { field: 'handlingUnitId', required: true },
      { field: 'note', required: false },
    ]);
    expect(transitionFields('ASSIGN').map((f) => f.field)).toEqual(['handlingUnitId', 'feedbackDays', 'note']);
    expect(transitionFields('REPLY')).toEqual([
      { field: 'outcome', required: true },
      { field: 'legalBasis', required: true },
      { field: 'note', required: true },
    ]);
    expect(
      transitionFields('NOT_ACCEPT')
        .filter((f) => f.required)
        .map((f) => f.field),
    ).toEqual(['competentOrgan', 'note']);
    expect(
      transitionFields('DIVERT')
        .filter((f) => f.required)
        .map((f) => f.field),
    ).toEqual(['diversionRoute', 'competentOrgan', 'note']);
    expect(
      transitionFields('REJECT_DUPLICATE')
        .filter((f) => f.required)
        .map((f) => f.field),
    ).toEqual(['priorCaseId', 'sameMatterConfirmed', 'noReacceptanceGround', 'note']);
    expect(
      transitionFields('REQUEST_EXTENSION')
        .filter((f) => f.required)
        .map((f) => f.field),
    ).toEqual(['extensionDays', 'note']);
    expect(
      transitionFields('SUPERVISE')
        .filter((f) => f.required)
        .map((f) => f.field),
    ).toEqual(['supervisionLevel', 'note']);
    expect(transitionFields('CLOSE')).toEqual([
      { field: 'closeReason', required: true },
      { field: 'note', required: false },
    ]);
    expect(transitionFields('REQUEST_REVIEW')).toEqual([
      { field: 'requestedOn', required: false },
      { field: 'receivedOn', required: false },
      { field: 'note', required: false },
    ]);
    expect(transitionFields('ACCEPT')).toEqual([{ field: 'note', required: false }]);
  });

  it('names the note for what it records', () => {
    expect(fieldLabel('REPLY', 'note')).toBe('处理意见');
    expect(fieldLabel('SUPERVISE', 'note')).toBe('督办意见');
    expect(fieldLabel('ACCEPT', 'note')).toBe('备注');
    expect(fieldLabel('FORWARD', 'handlingUnitId')).toBe('承办单位');
  });

  it('puts what is missing or out of range on its control, in Chinese', () => {
    expect(transitionErrors('REPLY', form({ outcome: 'SUPPORTED', note: '  ' }))).toEqual([
      { field: 'legalBasis', message: '请填写法律政策依据' },
      { field: 'note', message: '请填写处理意见' },
    ]);
    expect(transitionErrors('REPLY', form({ note: '同意' })).map((e) => e.message)).toEqual(['请选择处理结果', '请填写法律政策依据']);
    expect(transitionErrors('REQUEST_EXTENSION', form({ note: '案情复杂', extensionDays: 31 }))).toEqual([{ field: 'extensionDays', message: '延期天数须为 1–30 天' }]);
    expect(transitionErrors('REQUEST_EXTENSION', form({ note: '案情复杂', extensionDays: 2.5 }))).toEqual([{ field: 'extensionDays', message: '延期天数须为 1–30 天' }]);
    expect(transitionErrors('REQUEST_EXTENSION', form({ note: '' })).map((e) => e.field)).toEqual(['extensionDays', 'note']);
    expect(transitionErrors('ASSIGN', form({ handlingUnitId: 'u1', feedbackDays: 0 }))).toEqual([{ field: 'feedbackDays', message: '反馈期限须为 1–90 天' }]);
    // Art 22(三): 交办 sets the feedback limit (D10), so it is required.
    expect(transitionErrors('ASSIGN', form({ handlingUnitId: 'u1' }))).toEqual([{ field: 'feedbackDays', message: '请填写反馈期限' }]);
    expect(transitionErrors('ASSIGN', form({ handlingUnitId: 'u1', feedbackDays: 30 }))).toEqual([]);
    expect(transitionErrors('FORWARD', form({}))).toEqual([{ field: 'handlingUnitId', message: '请选择承办单位' }]);
    expect(transitionErrors('ACCEPT', form({}))).toEqual([]);
  });

  it('asks for the 同人同事 confirmation of a 不再受理 by name', () => {
    const errors = transitionErrors('REJECT_DUPLICATE', form({ priorCaseId: 'c1', noReacceptanceGround: 'IN_HANDLING', note: '正在办理' }));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.field).toBe('sameMatterConfirmed');
    expect(errors[0]?.message).toContain('勾选');
  });

  it('mirrors the API: texts of at least 2 and at most their limit, an optional note included', () => {
    expect(transitionErrors('ACCEPT', form({ note: '好' }))).toEqual([{ field: 'note', message: '备注至少写 2 个字' }]);
    expect(transitionErrors('NOT_ACCEPT', form({ competentOrgan: '法'.repeat(101), note: '属于诉讼事项' }))).toEqual([
      { field: 'competentOrgan', message: '有权处理的机关不能超过 100 字（现有 101 字），请精简' },
    ]);
  });

  it('refuses a 复查 request received after today or made after it was received', () => {
    const today = new Date(2026, 4, 10, 9, 0);
    expect(transitionErrors('REQUEST_REVIEW', form({ receivedOn: new Date(2026, 4, 11) }), today)).toEqual([{ field: 'receivedOn', message: '收到申请日期不能晚于今天' }]);
    expect(transitionErrors('REQUEST_REVIEW', form({ receivedOn: new Date(2026, 4, 8), requestedOn: new Date(2026, 4, 9) }), today).map((e) => e.field)).toEqual(['requestedOn']);
    expect(transitionErrors('REQUEST_REVIEW', form({ requestedOn: new Date(2026, 4, 11) }), today).map((e) => e.field)).toEqual(['requestedOn']);
    expect(transitionErrors('REQUEST_REVIEW', form({ receivedOn: new Date(2026, 4, 10), requestedOn: new Date(2026, 4, 3) }), today)).toEqual([]);
  });

  it('sends the action, the version seen, and only the filled-in fields this action takes, trimmed', () => {
    const values = form({ outcome: 'SUPPORTED', note: ' 支持申请人诉求 ', legalBasis: '《劳动法》第五十条', handlingUnitId: 'left-over', competentOrgan: '' });
    expect(buildTransitionRequest('REPLY', values, 7)).toEqual({
      action: 'REPLY',
      expectedVersion: 7,
      outcome: 'SUPPORTED',
      note: '支持申请人诉求',
      legalBasis: '《劳动法》第五十条',
    });
    expect(buildTransitionRequest('ACCEPT', form({ note: '' }), 2)).toEqual({ action: 'ACCEPT', expectedVersion: 2 });
    expect(buildTransitionRequest('REQUEST_EXTENSION', form({ extensionDays: 30, note: '需现场核查' }), 3)).toEqual({
      action: 'REQUEST_EXTENSION',
      expectedVersion: 3,
      extensionDays: 30,
      note: '需现场核查',
    });
  });

  it('sends a received-on date as the local calendar day', () => {
    expect(buildTransitionRequest('REQUEST_REVIEW', form({ receivedOn: new Date(2026, 4, 9, 23, 30) }), 1)).toEqual({
      action: 'REQUEST_REVIEW',
      expectedVersion: 1,
      receivedOn: '2026-05-09',
    });
  });
});
