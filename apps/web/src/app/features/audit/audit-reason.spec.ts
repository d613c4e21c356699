import { describeReason } from './audit-reason';

const text = (reason: string | null): string =>
  describeReason(reason)
    .map((p) => p.text)
    .join('');
const data = (reason: string): string[] =>
  describeReason(reason)
    .filter((p) => p.data)
    .map((p) => p.text);

describe('audit reason', () => {
  it('Issue 17: shows an export’s filters by their labels, never as JSON keys or codes', () => {
    const from = new Date(2026, 10, 1).toISOString();
    const reason = `筛选条件：{"actor":"admin","entityType":"org_unit","action":"user.","from":"${from}"}`;
    expect(text(reason)).toMatch(/^筛选条件：操作人 admin；对象类型 组织机构；操作 账号（全部）；自 2026-11-01 00:00$/);
    expect(text(reason)).not.toMatch(/actor|entityType|org_unit|[{}"]/);
    // The login name is what a user typed: data, kept out of the page sweep's English check.
    expect(data(reason)).toEqual(['admin']);
  });

  it('Issue 17: labels a ledger export’s case filters, its enum codes and flags included', () => {
    const reason = '信访事项台账（3 行）；筛选条件：{"channel":"VISIT","lawRelated":true,"keyword":"工资","townshipId":"6f1c0a52-3333-4c1e-9a55-0c6f4f0f0a03"}';
    const shown = text(reason);
    expect(shown.startsWith('信访事项台账（3 行）；筛选条件：信访形式 ')).toBe(true);
    expect(shown).toContain('涉法涉诉 是');
    expect(shown).not.toMatch(/VISIT|channel|lawRelated|townshipId|6f1c0a52/);
    expect(data(reason)).toEqual(['工资']);
  });

  it('shows 无 for an export without filters, and any other reason as it was written', () => {
    expect(text('筛选条件：{}')).toBe('筛选条件：无');
    expect(text('核实信访人身份')).toBe('核实信访人身份');
    expect(text('筛选条件：不是 JSON')).toBe('筛选条件：不是 JSON');
    expect(describeReason(null)).toEqual([]);
  });
});
