import type { DutyRosterView, DutyShiftView, DutySubsidySheetView, IndicatorDrillDown } from '@julu/contracts';
import { type SeededApp, startSeededApp } from '../../../test/seeded-app';
import { addDutyStaff, dutyMember } from '../../../test/duty-test-kit';
import { DutySweepService } from './jobs/duty-sweep.service';
import { ShiftsService } from './shifts/shifts.service';

const PASSWORD = 'duty-person-shift-test-password-1';
const minutes = (iso: string, n: number): Date => new Date(new Date(iso).getTime() + n * 60_000);

/** Issue 16: attendance, completion and pay per person-shift; the duty count per shift-day (DOMAIN.md §3.3, §3.5, §6.2). */
describe('duty per person-shift (real PostgreSQL)', () => {
  let t: SeededApp;
  let town: string;
  let people: Record<string, string>;
  let shifts: ShiftsService;
  let sweep: DutySweepService;

  beforeAll(async () => {
    t = await startSeededApp(PASSWORD, ['admin', 'supervisor', 'township']);
    town = await t.unitId('巨鹿镇');
    people = await addDutyStaff(t, '巨鹿镇', ['带班甲', '值班乙', '值班丙']);
    shifts = t.app.get(ShiftsService);
    sweep = t.app.get(DutySweepService);
  });

  afterAll(async () => {
    await t.close();
  });

  const as = (name: string) => dutyMember(people[name], town);

  async function publishedRoster(body: Record<string, unknown>): Promise<DutyRosterView> {
    const [period] = await t.dataSource.query(
      `INSERT INTO sensitive_period (year, name, level, scope, start_on, end_on, shift_pattern, report_due_time) VALUES (2026, $1, 1, 'COUNTY', $2, $3, $4, '16:30') RETURNING id`,
      [`人次测试${String(body['dateFrom'])}`, body['dateFrom'], body['dateTo'], body['pattern']],
    );
    const created = await t
      .http()
      .post('/api/duty/rosters')
      .set(t.auth.township)
      .send({ unitId: town, periodId: period.id, leaderIds: [people['带班甲']], staffIds: [people['值班乙'], people['值班丙']], staffPerShift: 2, ...body })
      .expect(201);
    return (await t.http().post(`/api/duty/rosters/${created.body.id}/publish`).set(t.auth.township).expect(200)).body;
  }

  /** The given people check in at the start and out a minute before the end. */
  async function work(shift: DutyShiftView, names: string[]): Promise<void> {
    for (const n of names) await shifts.checkIn(shift.id, as(n), new Date(shift.startAt));
    for (const n of names) await shifts.checkOut(shift.id, {}, as(n), minutes(shift.endAt, -1));
  }

  const drill = async (code: string, period: string): Promise<IndicatorDrillDown> =>
    (await t.http().get(`/api/indicators/${code}/records?period=${period}&unitId=${town}`).set(t.auth.supervisor).expect(200)).body;

  it('DOMAIN.md §3.3/§3.5: each member checks in for themself; 180 元 is paid only to the members who worked the shift', async () => {
    const roster = await publishedRoster({ dateFrom: '2026-02-02', dateTo: '2026-02-02', pattern: 'H24' });
    const [shift] = roster.shifts;
    const leaderIn = await shifts.checkIn(shift.id, as('带班甲'), new Date(shift.startAt));
    expect(leaderIn.status).toBe('ON_DUTY');
    expect(leaderIn.attendance.map((a) => [a.person.name, a.status])).toEqual([
      ['带班甲', 'ON_DUTY'],
      ['值班乙', 'PLANNED'],
      ['值班丙', 'PLANNED'],
    ]);
    // Another member's check-in is their own, not a repeat of the leader's.
    const staffIn = await shifts.checkIn(shift.id, as('值班乙'), minutes(shift.startAt, 5));
    expect(staffIn.attendance.find((a) => a.person.name === '值班乙')).toMatchObject({ status: 'ON_DUTY', checkInAt: minutes(shift.startAt, 5).toISOString() });
    // 值班丙 never comes: the sweep marks that person 缺岗, not the shift, and tells the leader on duty.
    expect((await sweep.run(minutes(shift.startAt, 31))).shiftsMissed).toBe(0);
    const [notice] = await t.dataSource.query(`SELECT title FROM notification WHERE dedupe_key = $1`, [`duty-missed:${shift.id}`]);
    expect(notice.title).toContain('值班丙');
    await expect(shifts.checkIn(shift.id, as('值班丙'), minutes(shift.startAt, 40))).rejects.toThrow('缺岗');

    await shifts.checkOut(shift.id, { handoverNote: '平稳' }, as('带班甲'), minutes(shift.endAt, -5));
    const done = await shifts.checkOut(shift.id, {}, as('值班乙'), minutes(shift.endAt, -1));
    expect(done.status).toBe('COMPLETED');
    expect(done.attendance.map((a) => a.status)).toEqual(['COMPLETED', 'COMPLETED', 'MISSED']);

    const sheet: DutySubsidySheetView = (await t.http().post('/api/duty/subsidy-sheets').set(t.auth.township).send({ unitId: town, month: '2026-02' }).expect(201)).body;
    expect(sheet).toMatchObject({ totalPersonDays: 2, totalYuan: 360, paidShifts: 1 });
    expect(sheet.lines.map((l) => l.person.name).sort()).toEqual(['值班乙', '带班甲'].sort());
    // The 180元/人/天 row reads the approved pay per person-day worked (DOMAIN.md §6.2).
    await t.http().post(`/api/duty/subsidy-sheets/${sheet.id}/approve`).set(t.auth.supervisor).expect(200);
    const perDay = await drill('DUTY_SUBSIDY_PER_PERSON_DAY', '2026-02');
    expect({ numerator: perDay.numerator, denominator: perDay.denominator, value: perDay.value }).toEqual({ numerator: 360, denominator: 2, value: 180 });
  });

  it('DOMAIN.md §3.3/§6.2: 值班完成率 counts person-shifts, the leader on duty included', async () => {
    const roster = await publishedRoster({ dateFrom: '2026-03-02', dateTo: '2026-03-03', pattern: 'H24' });
    const [first, second] = roster.shifts;
    await work(first, ['带班甲', '值班乙', '值班丙']);
    // Only the leader on duty of the second day comes.
    await shifts.checkIn(second.id, as('带班甲'), new Date(second.startAt));
    await sweep.run(minutes(second.startAt, 31));
    await shifts.checkOut(second.id, {}, as('带班甲'), minutes(second.endAt, -1));
    const rate = await drill('DUTY_COMPLETION_RATE', '2026-03');
    // 3 of 3 on the first day and 1 of 3 on the second: 4 of 6 person-shifts (each shift as a whole would be 2 of 2).
    expect({ numerator: rate.numerator, denominator: rate.denominator, value: rate.value }).toEqual({ numerator: 4, denominator: 6, value: 66.67 });
    expect(rate.records.filter((r) => r.label.includes('带班领导'))).toHaveLength(2);
    expect(rate.records.filter((r) => r.numerator === 0).map((r) => r.reason)).toEqual(['缺岗', '缺岗']);
  });

  it('DOMAIN.md §6.2: the day and night half-shifts of one date count as one 次 toward 值班完成数, a 24-hour shift as one', async () => {
    const roster = await publishedRoster({ dateFrom: '2026-04-06', dateTo: '2026-04-08', pattern: 'DAY_NIGHT' });
    const byDate = (d: string) => roster.shifts.filter((s) => s.date === d);
    for (const s of [...byDate('2026-04-06'), ...byDate('2026-04-07')]) await work(s, ['带班甲', '值班乙', '值班丙']);
    // 04-08: the day shift is worked, the night shift nobody comes to — the date is not a completed 次.
    const [day8, night8] = byDate('2026-04-08');
    await work(day8, ['带班甲', '值班乙', '值班丙']);
    await sweep.run(minutes(night8.startAt, 31));
    const count = await drill('DUTY_COMPLETIONS', '2026-04');
    expect({ numerator: count.numerator, denominator: count.denominator }).toEqual({ numerator: 2, denominator: 3 });
    expect(count.records.find((r) => r.label.endsWith('2026-04-08'))?.reason).toBe('白班已完成，夜班缺岗');
  });
});
