import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CurrentUser, DutyRosterView } from '@julu/contracts';
import { chinaInstant } from '@julu/domain';
import { type SeededApp, startSeededApp } from '../../../test/seeded-app';
import { addDutyStaff, currentUser, dutyMember } from '../../../test/duty-test-kit';
import { DutySweepService } from './jobs/duty-sweep.service';
import { DutyReportsService } from './reports/duty-reports.service';
import { ShiftsService } from './shifts/shifts.service';

const PASSWORD = 'duty-withdraw-test-password-1';
const at = (date: string, h: number, m = 0): Date => chinaInstant(date, h, m);

/**
 * 我的值班 (issue 17): the day's report state read back, 撤销 of a report within the undo window
 * (DUTY_REPORT_UNDO_MINUTES, 5 by default) by its filer only, a withdrawn report counting nowhere,
 * and check-in refused before a shift's check-in window opens.
 */
describe('duty reports: day state, 撤销 within the window, early check-in (real PostgreSQL)', () => {
  let t: SeededApp;
  let reports: DutyReportsService;
  let shifts: ShiftsService;
  let sweep: DutySweepService;
  let township: CurrentUser;
  let colleague: CurrentUser;
  let town: string;
  let roster: DutyRosterView;

  beforeAll(async () => {
    t = await startSeededApp(PASSWORD, ['admin', 'township']);
    reports = t.app.get(DutyReportsService);
    shifts = t.app.get(ShiftsService);
    sweep = t.app.get(DutySweepService);
    township = await currentUser(t, 'township');
    town = await t.unitId('巨鹿镇');
    const people = await addDutyStaff(t, '巨鹿镇', ['孙干事']);
    colleague = dutyMember(people['孙干事'], town);
    const res = await t
      .http()
      .post('/api/duty/rosters')
      .set(t.auth.township)
      .send({ unitId: town, dateFrom: '2026-02-02', dateTo: '2026-02-04', pattern: 'H24', leaderIds: [township.id], staffIds: [], staffPerShift: 0 })
      .expect(201);
    roster = (await t.http().post(`/api/duty/rosters/${res.body.id}/publish`).set(t.auth.township).expect(200)).body;
  });

  afterAll(async () => {
    await t.close();
  });

  it('reads the day back: none, then the 零报告 with its filer and time, and lists it', async () => {
    expect(await reports.day('2026-02-02', undefined, township, at('2026-02-02', 9))).toMatchObject({
      unitId: town,
      unitName: '巨鹿镇',
      state: 'PENDING',
      report: null,
      dueAt: '2026-02-02T08:30:00.000Z',
    });
    const filed = await reports.submit({ reportDate: '2026-02-02', type: 'ZERO' }, township, at('2026-02-02', 10));
    expect(filed.undoUntil).toBe(at('2026-02-02', 10, 5).toISOString());
    const day = await reports.day('2026-02-02', undefined, township, at('2026-02-02', 11));
    expect(day).toMatchObject({
      state: 'SUBMITTED',
      report: { id: filed.id, type: 'ZERO', submittedBy: { id: township.id, name: '赵干事（巨鹿镇）' }, submittedAt: at('2026-02-02', 10).toISOString() },
    });
    const http = await t.http().get('/api/duty/reports/day?date=2026-02-02').set(t.auth.township).expect(200);
    expect(http.body).toMatchObject({ state: 'SUBMITTED', report: { id: filed.id } });
    const list = await t.http().get(`/api/duty/reports?unitId=${town}`).set(t.auth.township).expect(200);
    expect(list.body.items.map((r: { id: string }) => r.id)).toEqual([filed.id]);
    // A second report the same day is refused, saying who filed the first and when.
    await expect(reports.submit({ reportDate: '2026-02-02', type: 'ZERO' }, township, at('2026-02-02', 10, 1))).rejects.toThrow('零报告，赵干事（巨鹿镇） 10:00 报送');
  });

  it('hides another township’s day and report (404)', async () => {
    const foreign = await t.unitId('王虎寨镇');
    const res = await t.http().get(`/api/duty/reports/day?date=2026-02-02&unitId=${foreign}`).set(t.auth.township).expect(404);
    expect(res.body.message).toContain('不在您的管辖范围内');
    const [other]: { id: string }[] = await t.dataSource.query(
      `INSERT INTO duty_report (unit_id, report_date, type, has_abnormal, content, submitted_by, due_at) VALUES ($1, '2026-02-02', 'ZERO', false, '无', $2, now()) RETURNING id`,
      [foreign, (await currentUser(t, 'admin')).id],
    );
    await t.http().post(`/api/duty/reports/${other.id}/withdraw`).set(t.auth.township).expect(404);
    await t.http().post('/api/duty/reports/not-a-uuid/withdraw').set(t.auth.township).expect(404);
    await t.http().get('/api/duty/reports/day?date=2026-02-31').set(t.auth.township).expect(400);
  });

  it('撤销 within the window: the filer only, audited, the day owes a report again and takes a new one', async () => {
    const filed = await reports.submit({ reportDate: '2026-02-03', type: 'ZERO' }, township, at('2026-02-03', 9));
    await expect(reports.withdraw(filed.id, colleague, at('2026-02-03', 9, 1))).rejects.toMatchObject({ status: 403 });
    const after = await reports.withdraw(filed.id, township, at('2026-02-03', 9, 5));
    expect(after).toMatchObject({ state: 'PENDING', report: null });
    const [row]: { withdrawn_at: Date; withdrawn_by: string }[] = await t.dataSource.query('SELECT withdrawn_at, withdrawn_by FROM duty_report WHERE id = $1', [filed.id]);
    expect(row).toEqual({ withdrawn_at: at('2026-02-03', 9, 5), withdrawn_by: township.id });
    const audit: { action: string }[] = await t.dataSource.query('SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id', [filed.id]);
    expect(audit.map((a) => a.action)).toEqual(['duty_report.submit', 'duty_report.withdraw']);
    await expect(reports.withdraw(filed.id, township, at('2026-02-03', 9, 6))).rejects.toThrow('已撤销');
    const list = await t.http().get(`/api/duty/reports?unitId=${town}`).set(t.auth.township).expect(200);
    expect(list.body.items.map((r: { id: string }) => r.id)).not.toContain(filed.id);

    const daily = await reports.submit({ reportDate: '2026-02-03', type: 'DAILY', content: '王某拟赴市上访，已劝返', hasAbnormal: true }, township, at('2026-02-03', 9, 10));
    expect((await reports.day('2026-02-03', town, township, at('2026-02-03', 12))).report).toMatchObject({ id: daily.id, type: 'DAILY', hasAbnormal: true });
  });

  it('refuses 撤销 after the window with a 409 that says why', async () => {
    const filed = await reports.submit({ reportDate: '2026-02-04', type: 'ZERO' }, township, at('2026-02-04', 9));
    const refused = reports.withdraw(filed.id, township, new Date(at('2026-02-04', 9, 5).getTime() + 1000));
    await expect(refused).rejects.toMatchObject({ status: 409 });
    await expect(reports.withdraw(filed.id, township, at('2026-02-04', 9, 6))).rejects.toThrow('报送已超过 5 分钟，不能撤销');
    expect((await reports.day('2026-02-04', undefined, township, at('2026-02-04', 10))).report?.id).toBe(filed.id);
  });

  it('refuses 签到 before the check-in window opens (1 hour before the start), with a 4xx', async () => {
    const tomorrow = roster.shifts[1];
    await expect(shifts.checkIn(tomorrow.id, township, at('2026-02-03', 7, 29))).rejects.toMatchObject({ status: 409 });
    await expect(shifts.checkIn(tomorrow.id, township, at('2026-02-03', 7, 29))).rejects.toThrow('尚未到签到时间');
    const [member]: { check_in_at: Date | null }[] = await t.dataSource.query('SELECT check_in_at FROM duty_shift_member WHERE shift_id = $1', [tomorrow.id]);
    expect(member.check_in_at).toBeNull();
    // Over HTTP, today: a published shift years ahead cannot be checked in to.
    const later = await t
      .http()
      .post('/api/duty/rosters')
      .set(t.auth.township)
      .send({ unitId: town, dateFrom: '2030-01-02', dateTo: '2030-01-02', pattern: 'H24', leaderIds: [township.id], staffIds: [], staffPerShift: 0 })
      .expect(201);
    const published = await t.http().post(`/api/duty/rosters/${later.body.id}/publish`).set(t.auth.township).expect(200);
    const res = await t.http().post(`/api/duty/shifts/${published.body.shifts[0].id}/check-in`).set(t.auth.township).expect(409);
    expect(res.body.message).toBe('尚未到签到时间：班次开始前 1 小时内可签到');
    expect((await shifts.checkIn(tomorrow.id, township, at('2026-02-03', 7, 31))).attendance[0].status).toBe('ON_DUTY');
  });

  it('counts a withdrawn report nowhere: the due list and the sweep treat the day as unreported', async () => {
    // 2026-02-02's report stands; the 2026-02-03 one was withdrawn and re-filed. Withdraw and let the due time pass.
    const day = await reports.day('2026-02-03', undefined, township, at('2026-02-03', 12));
    await t.dataSource.query('UPDATE duty_report SET submitted_at = $2 WHERE id = $1', [day.report?.id, at('2026-02-03', 16)]);
    await reports.withdraw(day.report?.id ?? '', township, at('2026-02-03', 16, 2));
    const due = await reports.due('2026-02-03', township, at('2026-02-03', 17));
    expect(due).toEqual([expect.objectContaining({ unitName: '巨鹿镇', state: 'MISSING', report: null })]);
    await sweep.run(at('2026-02-03', 17));
    const flags: { report_date: string; kind: string }[] = await t.dataSource.query(
      `SELECT report_date::text AS report_date, kind FROM duty_report_flag WHERE unit_id = $1 ORDER BY report_date, kind`,
      [town],
    );
    expect(flags).toContainEqual({ report_date: '2026-02-03', kind: 'MISSING' });
    expect(flags).not.toContainEqual({ report_date: '2026-02-02', kind: 'MISSING' });
  });

  it('no indicator source reads duty reports without leaving withdrawn ones out', () => {
    const dir = join(__dirname, '../indicators/sources');
    const unfiltered = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => {
        const text = readFileSync(join(dir, f), 'utf8');
        return text.includes('duty_report ') && !text.includes('withdrawn_at IS NULL');
      });
    expect(unfiltered).toEqual([]);
  });
});
