import type { AuditLogEntry } from '@julu/contracts';
import { actionOptions, describeChanges, toAuditQuery } from './audit-filters';

describe('audit filters', () => {
  it('drops empty fields and turns a day range into an inclusive [from, to) window', () => {
    const query = toAuditQuery({ actor: ' admin ', action: '', entityType: '', entityId: '', range: [new Date(2026, 10, 1, 15), new Date(2026, 10, 3, 9)] });
    expect(query.actor).toBe('admin');
    expect(query.action).toBeUndefined();
    expect(new Date(query.from ?? '').getTime()).toBe(new Date(2026, 10, 1).getTime());
    expect(new Date(query.to ?? '').getTime()).toBe(new Date(2026, 10, 4).getTime());
    expect(toAuditQuery({ actor: '', action: 'user.', entityType: '', entityId: '', range: null })).toEqual({ action: 'user.' });
  });

  it('offers each action family before its actions', () => {
    const options = actionOptions();
    const family = options.findIndex((o) => o.value === 'user.');
    expect(family).toBeGreaterThanOrEqual(0);
    expect(options[family + 1].value.startsWith('user.')).toBe(true);
    expect(options.map((o) => o.value)).toContain('auth.login_failed');
  });

  it('Issue 17: describes changes as before → after, by field label, with enum values by their label', () => {
    const entry = { changes: { name: { before: '新兴村', after: '兴旺村' }, code: { after: '130529201230' } } } as unknown as AuditLogEntry;
    expect(describeChanges(entry)).toBe('名称: 新兴村 → 兴旺村；编码: 130529201230');
    const shift = { changes: { status: { before: 'DRAFT', after: 'APPROVED' }, orgUnitId: { after: '6f1c0a52-3333-4c1e-9a55-0c6f4f0f0a03' } } } as unknown as AuditLogEntry;
    expect(describeChanges(shift)).not.toMatch(/status|DRAFT|APPROVED|orgUnitId|6f1c0a52/);
    expect(describeChanges({ changes: null } as AuditLogEntry)).toBe('');
    // A reveal of a full ID number names the field, not its code (the page sweep found idNumber on screen).
    expect(describeChanges({ changes: { field: { after: 'idNumber' } } } as unknown as AuditLogEntry)).not.toMatch(/idNumber/);
    expect(describeChanges({ changes: { field: { after: 'idNumber' } } } as unknown as AuditLogEntry)).toContain('证件号码');
  });
});
