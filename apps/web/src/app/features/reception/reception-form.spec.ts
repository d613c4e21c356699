import { residentIdCheckChar } from '@julu/domain';
import { caseRequest, localDateTime, petitionerRequest, prefillMatter, type ReceptionForm, receptionProblems, visitRequest } from './reception-form';

const ID = `13052919800101123${residentIdCheckChar('13052919800101123')}`;

const form = (overrides: Partial<ReceptionForm> = {}): ReceptionForm => ({
  person: { idNumber: ID, name: '张三', mobile: '', townshipId: 't1', villageId: '', addressDetail: '' },
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
    receivedOn: '',
  },
  visit: { arrivalAt: '2026-11-26T08:30', receptionStartedAt: '2026-11-26T08:40', talkOutcome: '' },
  representatives: [],
  ...overrides,
});

describe('reception desk form', () => {
  it('Arts 22, 23: a letter or online submission needs its 收到日期, sent with the case; a visit is received when registered', () => {
    const letter = (receivedOn: string) => form({ matter: { ...form().matter, channel: 'LETTER', receivedOn } });
    expect(receptionProblems(letter(''), false).join('')).toContain('须填写收到日期');
    expect(receptionProblems(letter('2026-11-20'), false).join('')).not.toContain('收到日期');
    expect(receptionProblems(letter('2999-01-01'), false)).toContain('收到日期不能晚于今天');
    expect(caseRequest(letter('2026-11-20'), 'p0', []).receivedOn).toBe('2026-11-20');
    expect(caseRequest(form({ matter: { ...form().matter, receivedOn: '2026-11-20' } }), 'p0', []).receivedOn).toBeUndefined();
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
    expect(new Date(visit.arrivalAt).getTime()).toBe(new Date('2026-11-26T08:30').getTime());
    expect(visit.representativeIds).toEqual(['p1']);
  });

  it('takes a valid number as a resident ID and anything else as another document', () => {
    expect(petitionerRequest({ idNumber: ID, name: '张三', townshipId: 't1' }).idType).toBe('RESIDENT_ID');
    expect(petitionerRequest({ idNumber: 'E12345678', name: 'Li', townshipId: 't1' }).idType).toBe('OTHER');
    expect(petitionerRequest({ idNumber: '', name: '王五', townshipId: '' })).toMatchObject({ idNumber: undefined, townshipId: undefined });
  });

  it('lists what is missing, including a sixth representative', () => {
    expect(receptionProblems(form(), false)).toEqual([]);
    const reps = Array.from({ length: 6 }, (_, i) => ({ name: `代表${i}`, idNumber: '' }));
    expect(receptionProblems(form({ representatives: reps }), false)).toContain('多人走访代表不得超过 5 人（《信访工作条例》第二十条）');
    const empty = form({ matter: { ...form().matter, categoryCode: '', title: '', townshipId: '' } });
    expect(receptionProblems(empty, true)).toEqual(['请选择内容分类', '请填写主题', '请选择问题属地乡镇']);
    const late = form({ visit: { arrivalAt: '2026-11-26T09:00', receptionStartedAt: '2026-11-26T08:00', talkOutcome: '' } });
    expect(receptionProblems(late, true)).toContain('开始接谈时间不能早于到达时间');
  });

  it('takes the title, main request and township from a hotspot link, within the limits; a township officer keeps their township', () => {
    const blank = form({ matter: { ...form().matter, title: '', mainRequest: '', townshipId: '' } });
    const prefilled = prefillMatter(blank, { title: ' 小区业主酝酿集体访 ', mainRequest: '尽快办理房产证', townshipId: 't2' }, '');
    expect(prefilled.matter).toMatchObject({ title: '小区业主酝酿集体访', mainRequest: '尽快办理房产证', townshipId: 't2' });
    expect(prefillMatter(blank, { title: 'x'.repeat(300) }, '').matter.title).toHaveLength(200);
    expect(prefillMatter(form(), { townshipId: 't2' }, 't1').matter.townshipId).toBe('t1');
    expect(prefillMatter(form(), {}, '').matter).toEqual(form().matter);
  });

  it('formats a local time for datetime-local inputs', () => {
    expect(localDateTime(new Date(2026, 0, 2, 3, 4))).toBe('2026-01-02T03:04');
  });
});
