import { residentIdCheckChar } from '@julu/domain';
import { receptionErrors } from './reception-errors';
import { caseRequest, emptyReceptionForm, localDate, petitionerRequest, prefillMatter, type ReceptionForm, thisMinute, visitRequest } from './reception-form';

const ID = `13052919800101123${residentIdCheckChar('13052919800101123')}`;

const form = (overrides: Partial<ReceptionForm> = {}): ReceptionForm => ({
  person: { idType: 'RESIDENT_ID', idNumber: ID, name: '张三', mobile: '', townshipId: 't1', villageId: '', addressDetail: '' },
  matter: {
    channel: 'VISIT',
    source: 'DIRECT',
    matterType: 'APPEAL',
    categoryCode: '04',
    title: ' 土地纠纷 ',
    mainRequest: '确认边界',
    factsAndReasons: '',
    townshipId: 't1',
    villageId: '',
    involvedUnitId: '',
    peopleCount: 8,
    visitedLevel: 'COUNTY',
    lawRelated: false,
    receivedOn: null,
  },
  visit: { arrivalAt: new Date(2026, 10, 26, 8, 30), receptionStartedAt: new Date(2026, 10, 26, 8, 40), talkOutcome: '' },
  representatives: [],
  ...overrides,
});

describe('reception desk form', () => {
  const messages = (f: ReceptionForm, known = false): string[] => receptionErrors(f, known, new Date(2026, 11, 7)).map((e) => e.message);

  it('Arts 22, 23: a letter or online submission needs its 收到日期, sent with the case; a visit is received when registered', () => {
    const letter = (receivedOn: Date | null) => form({ matter: { ...form().matter, channel: 'LETTER', receivedOn } });
    expect(receptionErrors(letter(null), false)).toContainEqual({ field: 'matter.receivedOn', message: expect.stringContaining('须填写收到日期') });
    expect(messages(letter(new Date(2026, 10, 20))).join('')).not.toContain('收到日期');
    expect(messages(letter(new Date(2999, 0, 1)))).toContain('收到日期不能晚于今天');
    expect(caseRequest(letter(new Date(2026, 10, 20)), 'p0', []).receivedOn).toBe('2026-11-20');
    expect(caseRequest(form({ matter: { ...form().matter, receivedOn: new Date(2026, 10, 20) } }), 'p0', []).receivedOn).toBeUndefined();
  });

  it('builds the case with the primary petitioner first, trimmed text and no empty optionals', () => {
    const request = caseRequest(form(), 'p0', ['p1', 'p2']);
    expect(request.title).toBe('土地纠纷');
    expect(request.factsAndReasons).toBeUndefined();
    expect(request.villageId).toBeUndefined();
    expect(request.petitioners).toEqual([
      { petitionerId: 'p0', role: 'PRIMARY' },
      { petitionerId: 'p1', role: 'REPRESENTATIVE' },
      { petitionerId: 'p2', role: 'REPRESENTATIVE' },
    ]);
    expect(caseRequest(form({ matter: { ...form().matter, channel: 'LETTER' } }), 'p0', []).visitedLevel).toBeUndefined();
  });

  it('builds the visit with ISO times and the people count', () => {
    const visit = visitRequest(form(), caseRequest(form(), 'p0', []), ['p1']);
    expect(visit.personCount).toBe(8);
    expect(new Date(visit.arrivalAt).getTime()).toBe(new Date(2026, 10, 26, 8, 30).getTime());
    expect(visit.representativeIds).toEqual(['p1']);
  });

  it('sends the document type the desk chose, never guessing it from the number', () => {
    expect(petitionerRequest({ idType: 'RESIDENT_ID', idNumber: ID, name: '张三', townshipId: 't1' }).idType).toBe('RESIDENT_ID');
    expect(petitionerRequest({ idType: 'PASSPORT', idNumber: 'E12345678', name: 'Li', townshipId: 't1' }).idType).toBe('PASSPORT');
    // A mistyped resident ID stays a resident ID: the API refuses it instead of filing it as 其他证件.
    expect(petitionerRequest({ idType: 'RESIDENT_ID', idNumber: '13052919800101123', name: '张三', townshipId: 't1' }).idType).toBe('RESIDENT_ID');
    expect(petitionerRequest({ idType: 'RESIDENT_ID', idNumber: '', name: '王五', townshipId: '' })).toMatchObject({ idNumber: undefined, townshipId: undefined });
  });

  it('lists what is missing, each on its field, including a sixth representative', () => {
    expect(receptionErrors(form(), false)).toEqual([]);
    const reps = Array.from({ length: 6 }, (_, i) => ({ idType: 'RESIDENT_ID' as const, name: `代表${i}`, idNumber: '' }));
    expect(receptionErrors(form({ representatives: reps }), false)).toContainEqual({ field: 'representatives', message: '多人走访代表不得超过 5 人（《信访工作条例》第二十条）' });
    const empty = form({ matter: { ...form().matter, categoryCode: '', title: '', townshipId: '' } });
    expect(receptionErrors(empty, true)).toEqual([
      { field: 'matter.categoryCode', message: '请选择内容分类' },
      { field: 'matter.title', message: '请填写主题' },
      { field: 'matter.townshipId', message: '请选择问题属地乡镇' },
    ]);
    const late = form({ visit: { arrivalAt: new Date(2026, 10, 26, 9), receptionStartedAt: new Date(2026, 10, 26, 8), talkOutcome: '' } });
    expect(receptionErrors(late, true)).toEqual([{ field: 'visit.receptionStartedAt', message: '开始接谈时间不能早于到达时间' }]);
    const unnamed = form({ representatives: [{ idType: 'RESIDENT_ID', name: ' ', idNumber: '' }] });
    expect(receptionErrors(unnamed, true)).toEqual([{ field: 'rep.0.name', message: '请填写代表姓名' }]);
  });

  it.each([
    ['a wrong check digit', `13052919800101123${residentIdCheckChar('13052919800101123') === '1' ? '2' : '1'}`, '校验位不正确'],
    ['14 digits', '13052919800101', '应为18位'],
    ['a birth date that does not exist', '130529198002301234', '出生日期'],
  ])('blocks a 居民身份证 with %s, on the field, with the way out (another document type)', (_, idNumber, message) => {
    const errors = receptionErrors(form({ person: { ...form().person, idNumber } }), false);
    expect(errors).toEqual([{ field: 'person.idNumber', message: expect.stringContaining(message) }]);
    expect(errors[0]?.message).toContain('证件类型');
    const rep = receptionErrors(form({ representatives: [{ idType: 'RESIDENT_ID', name: '代表甲', idNumber }] }), false);
    expect(rep).toEqual([{ field: 'rep.0.idNumber', message: expect.stringContaining(message) }]);
  });

  it('takes another document as written, and accepts a legacy 15-digit resident ID', () => {
    expect(receptionErrors(form({ person: { ...form().person, idType: 'OTHER', idNumber: '13052919800101' } }), false)).toEqual([]);
    expect(receptionErrors(form({ person: { ...form().person, idNumber: '130529800101123' } }), false)).toEqual([]);
    expect(receptionErrors(form({ person: { ...form().person, mobile: '1380000' } }), false)).toEqual([{ field: 'person.mobile', message: expect.stringContaining('11 位') }]);
  });

  it('does not check the person again once they are known', () => {
    expect(receptionErrors(form({ person: { ...form().person, name: '', idNumber: '1305' } }), true)).toEqual([]);
  });

  it('starts blank as a 来访 by a 居民身份证 holder, arriving this minute', () => {
    const blank = emptyReceptionForm('t9');
    expect(blank.person).toMatchObject({ idType: 'RESIDENT_ID', idNumber: '', townshipId: 't9' });
    expect(blank.matter).toMatchObject({ channel: 'VISIT', townshipId: 't9', receivedOn: null });
    expect(blank.visit.arrivalAt?.getSeconds()).toBe(0);
  });

  it('takes the title, main request and township from a hotspot link, within the limits; a township officer keeps their township', () => {
    const blank = form({ matter: { ...form().matter, title: '', mainRequest: '', townshipId: '' } });
    const prefilled = prefillMatter(blank, { title: ' 小区业主酝酿集体访 ', mainRequest: '尽快办理房产证', townshipId: 't2' }, '');
    expect(prefilled.matter).toMatchObject({ title: '小区业主酝酿集体访', mainRequest: '尽快办理房产证', townshipId: 't2' });
    expect(prefillMatter(blank, { title: 'x'.repeat(300) }, '').matter.title).toHaveLength(200);
    expect(prefillMatter(form(), { townshipId: 't2' }, 't1').matter.townshipId).toBe('t1');
    expect(prefillMatter(form(), {}, '').matter).toEqual(form().matter);
  });

  it('formats a local date and truncates to the minute', () => {
    expect(localDate(new Date(2026, 0, 2, 3, 4))).toBe('2026-01-02');
    expect(thisMinute(new Date(2026, 0, 2, 3, 4, 59, 999))).toEqual(new Date(2026, 0, 2, 3, 4));
  });
});
