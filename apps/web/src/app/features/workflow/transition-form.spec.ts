import { buildTransitionRequest, emptyTransitionForm, fieldLabel, transitionFields, transitionProblems, type TransitionForm } from './transition-form';

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

  it('lists what is missing or out of range, in Chinese', () => {
    expect(transitionProblems('REPLY', form({ outcome: 'SUPPORTED', note: '  ' }))).toEqual(['请填写法律政策依据', '请填写处理意见']);
    expect(transitionProblems('REQUEST_EXTENSION', form({ note: '案情复杂', extensionDays: 31 }))).toEqual(['延期天数须为 1–30 天']);
    expect(transitionProblems('REQUEST_EXTENSION', form({ note: '案情复杂', extensionDays: 2.5 }))).toEqual(['延期天数须为 1–30 天']);
    expect(transitionProblems('REQUEST_EXTENSION', form({ note: '' }))).toEqual(['请填写延期天数', '请填写延期理由']);
    expect(transitionProblems('ASSIGN', form({ handlingUnitId: 'u1', feedbackDays: 0 }))).toEqual(['反馈期限须为 1–90 天']);
    // Art 22(三): 交办 sets the feedback limit (D10), so it is required.
    expect(transitionProblems('ASSIGN', form({ handlingUnitId: 'u1' }))).toEqual(['请填写反馈期限']);
    expect(transitionProblems('ASSIGN', form({ handlingUnitId: 'u1', feedbackDays: 30 }))).toEqual([]);
    expect(transitionProblems('ACCEPT', form({}))).toEqual([]);
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
