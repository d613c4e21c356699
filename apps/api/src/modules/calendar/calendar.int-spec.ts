import { chinaDate, OFFICIAL_HOLIDAYS } from '@julu/domain';
import type { DataSource } from 'typeorm';
import { createDeadlineServices } from '../../../test/deadline-services';
import { type SeededApp, startSeededApp } from '../../../test/seeded-app';
import { testSecrets } from '../../../test/test-config';
import { testRedisUrl } from '../../../test/test-database';
import { ClocksService } from '../workflow';

const PASSWORD = 'calendar-test-password-1';

/** The 2027 arrangements as an administrator would type them (国办发明电〔2026〕号 notice). */
const YEAR_2027 = {
  year: 2027,
  notice: '国务院办公厅关于2027年部分节假日安排的通知',
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-05', to: '2027-02-13' },
  ],
  workdays: ['2027-02-14'],
};

describe('statutory calendar (real PostgreSQL)', () => {
  let t: SeededApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    t = await startSeededApp(PASSWORD, ['admin', 'reception']);
    dataSource = t.dataSource;
  });

  afterAll(async () => {
    await t.close();
  });

  it('lists every built-in year with the notice it comes from', async () => {
    const res = await t.http().get('/api/calendar/years').set(t.auth.reception).expect(200);
    expect(res.body.map((y: { year: number }) => y.year)).toEqual(OFFICIAL_HOLIDAYS.map((y) => y.year));
    expect(res.body.every((y: { notice: string; source: string }) => /国办发明电|国务院办公厅/.test(y.notice) && y.source === 'BUILT_IN')).toBe(true);
  });

  it('refuses an inconsistent year with the reason, and a year that exists', async () => {
    const bad = async (body: object, message: string): Promise<void> => {
      const res = await t
        .http()
        .post('/api/calendar/years')
        .set(t.auth.admin)
        .send({ ...YEAR_2027, ...body })
        .expect(400);
      expect(res.body.message).toContain(message);
    };
    await bad({ workdays: ['2027-02-15'] }, '不是周六或周日');
    await bad({ holidays: [{ name: '春节', from: '2027-02-13', to: '2027-02-05' }] }, '晚于结束日期');
    await bad(
      {
        holidays: [
          { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
          { name: '春节', from: '2027-01-03', to: '2027-01-05' },
        ],
      },
      '重叠',
    );
    await bad({ holidays: [{ name: '国庆节', from: '2029-10-01', to: '2029-10-07' }] }, '不在 2027 年内');
    await t
      .http()
      .post('/api/calendar/years')
      .set(t.auth.admin)
      .send({ ...YEAR_2027, year: 2026, holidays: [{ name: '元旦', from: '2026-01-01', to: '2026-01-03' }], workdays: [] })
      .expect(409);
    await t.http().post('/api/calendar/years').set(t.auth.reception).send(YEAR_2027).expect(403);
  });

  it('counts a not-yet-published year provisionally and recomputes running clocks when it is added', async () => {
    const townshipId = await t.unitId('巨鹿镇');
    const person = await t.http().post('/api/petitioners').set(t.auth.reception).send({ name: '日历测试', idType: 'OTHER', townshipId }).expect(201);
    const created = await t
      .http()
      .post('/api/cases')
      .set(t.auth.reception)
      .send({
        channel: 'LETTER',
        receivedOn: chinaDate(new Date()),
        source: 'DIRECT',
        matterType: 'APPEAL',
        categoryCode: '01',
        title: '跨年期限',
        mainRequest: '测试',
        townshipId,
        peopleCount: 1,
        petitioners: [{ petitionerId: person.body.id, role: 'PRIMARY' }],
      })
      .expect(201);
    const caseId = created.body.case.id as string;
    // A 15-day clock started on 2027-01-20 would end on 2027-02-04, the eve of the 2027 Spring Festival;
    // one started on 2027-01-25 ends on 2027-02-09, inside it.
    const services = await createDeadlineServices({ ...testSecrets(), DATABASE_URL: t.db.url, REDIS_URL: testRedisUrl() });
    try {
      const clocks = services.get(ClocksService);
      await dataSource.transaction(async (m) => {
        await m.query(`UPDATE case_clock SET status = 'STOPPED' WHERE case_id = $1`, [caseId]);
        await clocks.start(m, { caseId, code: 'D1', startedOn: '2027-01-25', responsibleUnitId: null });
      });
      const before = (await t.http().get(`/api/cases/${caseId}/workflow`).set(t.auth.reception).expect(200)).body.clocks.find((k: { status: string }) => k.status === 'RUNNING');
      expect(before.dueOn).toBe('2027-02-09');
      expect(before.explanation.join('')).toContain('2027年法定节假日安排尚未录入');

      await t.http().post('/api/calendar/years').set(t.auth.admin).send(YEAR_2027).expect(201);
      // The worker does this on `calendar.year-added`; here the handler is called directly.
      expect(await dataSource.transaction((m) => clocks.recomputeProvisional(m, '2027-01-25'))).toBe(1);
      const after = (await t.http().get(`/api/cases/${caseId}/workflow`).set(t.auth.reception).expect(200)).body.clocks.find((k: { status: string }) => k.status === 'RUNNING');
      // The last day falls in the Spring Festival; the next working day is the make-up Sunday.
      expect(after.dueOn).toBe('2027-02-14');
      expect(after.explanation.join('')).toContain('春节');
      expect(after.explanation.join('')).not.toContain('尚未录入');
      expect(after.version).toBe(before.version + 1);
    } finally {
      await services.close();
    }
    const years = await t.http().get('/api/calendar/years').set(t.auth.reception).expect(200);
    expect(years.body.at(-1)).toMatchObject({ year: 2027, source: 'ADDED' });
    const audit = await dataSource.query(`SELECT entity_id FROM audit_log WHERE action = 'calendar.add-year'`);
    expect(audit).toEqual([{ entity_id: '2027' }]);
  });
});
