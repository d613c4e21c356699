import type { WorkItem } from '@julu/contracts';
import { chineseDate, countByReason, daysLeftText, deadlineTone, evaluationStatusText, noticeBody, recipientLine, supervisionTone, workItemsFor } from './workflow-rules';

describe('deadline colours and days left', () => {
  it.each([
    [30, false, 'green'],
    [6, false, 'green'],
    [5, false, 'orange'],
    [1, false, 'orange'],
    [0, false, 'orange'],
    [-1, false, 'red'],
    [-1, true, 'red'],
    [3, true, 'red'],
    [null, true, 'red'],
    [null, false, 'default'],
  ] as const)('%s days left (overdue %s) is %s', (daysLeft, overdue, tone) => {
    expect(deadlineTone(daysLeft, overdue)).toBe(tone);
  });

  it('says how many days are left, that it is due today, or by how much it is overdue', () => {
    expect(daysLeftText(12)).toBe('剩 12 天');
    expect(daysLeftText(0)).toBe('今日到期');
    expect(daysLeftText(-3, true)).toBe('超期 3 天');
    expect(daysLeftText(null)).toBe('—');
    expect(daysLeftText(null, true)).toBe('已超期');
  });
});

describe('tags and dates', () => {
  it('colours supervision by level', () => {
    expect([supervisionTone('NORMAL'), supervisionTone('YELLOW'), supervisionTone('RED')]).toEqual(['blue', 'gold', 'red']);
  });

  it('describes each evaluation status, with the result once evaluated', () => {
    expect(evaluationStatusText({ status: 'NOT_YET', result: null })).toBe('未到评价期');
    expect(evaluationStatusText({ status: 'OPEN', result: null })).toBe('可评价');
    expect(evaluationStatusText({ status: 'EVALUATED', result: 'BASICALLY_SATISFIED' })).toBe('已评价（基本满意）');
    expect(evaluationStatusText({ status: 'NOT_PARTICIPATED', result: null })).toBe('未参评');
  });

  it('writes a calendar day the Chinese way without shifting it across time zones', () => {
    expect(chineseDate('2026-05-01')).toBe('2026年5月1日');
    expect(chineseDate('2026-12-31T16:30:00.000Z')).toBe('2026年12月31日');
    expect(chineseDate('not a date')).toBe('not a date');
  });

  it('ends the addressee line with one full-width colon', () => {
    expect(recipientLine('赵大勇')).toBe('赵大勇：');
    expect(recipientLine('赵大勇：')).toBe('赵大勇：');
  });

  it('shows the salutation once, whether or not the body starts with it', () => {
    expect(noticeBody({ recipient: '赵大勇', paragraphs: ['赵大勇：', '你于……提出的信访事项'] })).toEqual({ salutation: '赵大勇：', paragraphs: ['你于……提出的信访事项'] });
    expect(noticeBody({ recipient: '赵大勇', paragraphs: ['你于……提出的信访事项'] })).toEqual({ salutation: '赵大勇：', paragraphs: ['你于……提出的信访事项'] });
    expect(noticeBody({ recipient: '赵大勇', paragraphs: [] })).toEqual({ salutation: '赵大勇：', paragraphs: [] });
  });
});

describe('the work inbox', () => {
  const item = (caseNo: string, reason: WorkItem['reason'], daysLeft: number | null): WorkItem => ({
    caseId: caseNo,
    caseNo,
    title: '',
    state: 'FORWARDED',
    townshipName: '巨鹿镇',
    clockCode: null,
    clockLabel: null,
    dueOn: null,
    daysLeft,
    reason,
    supervisionLevel: null,
  });
  const items = [item('3', 'IN_HANDLING', null), item('1', 'OVERDUE', -2), item('2', 'AWAITING_ACCEPTANCE', 10), item('4', 'AWAITING_ACCEPTANCE', 3)];

  it('counts every reason, zero included', () => {
    expect(countByReason(items)).toEqual({ AWAITING_ACCEPTANCE: 2, DUE_SOON: 0, OVERDUE: 1, AWAITING_APPROVAL: 0, IN_HANDLING: 1 });
  });

  it('filters by reason and puts the most urgent first', () => {
    expect(workItemsFor(items, '').map((i) => i.caseNo)).toEqual(['1', '4', '2', '3']);
    expect(workItemsFor(items, 'AWAITING_ACCEPTANCE').map((i) => i.caseNo)).toEqual(['4', '2']);
    expect(workItemsFor(items, 'DUE_SOON')).toEqual([]);
  });
});
