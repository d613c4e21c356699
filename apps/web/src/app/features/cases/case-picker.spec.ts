import type { CaseSummary } from '@julu/contracts';
import { caseOptionLabel, caseOptionOf, lookupTerm, offeredOptions, unreadableCase } from './case-picker';

const summary: CaseSummary = {
  id: '6f1c2a9e-0b7d-4c1e-9a55-0d1f2e3c4b5a',
  caseNo: '1305292026000123',
  registeredAt: '2026-03-05T01:30:00.000Z',
  channel: 'VISIT',
  source: 'DIRECT',
  matterType: 'APPEAL',
  categoryCode: '04',
  categoryLabel: '农村农业',
  title: '反映宅基地边界纠纷',
  townshipId: 't1',
  townshipName: '巨鹿镇',
  villageName: null,
  status: 'ACCEPTED',
  peopleCount: 1,
  flags: { group: false, skipLevel: false, jointLetter: false, lawRelated: false, repeat: false },
  primaryPetitionerName: '张三丰',
};

describe('case picker', () => {
  it('keeps of a case its id, number, title and state only (nothing of its petitioners)', () => {
    expect(caseOptionOf(summary)).toEqual({ id: summary.id, caseNo: '1305292026000123', title: '反映宅基地边界纠纷', status: 'ACCEPTED' });
  });

  it('names a case by number, title and its state in Chinese, never by its id', () => {
    const label = caseOptionLabel(caseOptionOf(summary));
    expect(label).toBe('1305292026000123 反映宅基地边界纠纷（已受理）');
    expect(label).not.toContain(summary.id);
    expect(caseOptionLabel(unreadableCase(summary.id))).toBe('已关联的信访事项（暂时无法读取）');
  });

  it('looks up what was typed, trimmed and cut to the API’s 50 characters; nothing for blank input', () => {
    expect(lookupTerm('  张三 ')).toBe('张三');
    expect(lookupTerm('000123')).toBe('000123');
    expect(lookupTerm('   ')).toBeNull();
    expect(lookupTerm('')).toBeNull();
    expect(lookupTerm('字'.repeat(60))).toBe('字'.repeat(50));
  });

  it('keeps the chosen case among the options, once', () => {
    const chosen = caseOptionOf(summary);
    const other = { ...chosen, id: 'other', caseNo: '1305292026000124' };
    expect(offeredOptions([other], chosen)).toEqual([other, chosen]);
    expect(offeredOptions([chosen, other], chosen)).toEqual([chosen, other]);
    expect(offeredOptions([other], null)).toEqual([other]);
    expect(offeredOptions([], null)).toEqual([]);
  });
});
