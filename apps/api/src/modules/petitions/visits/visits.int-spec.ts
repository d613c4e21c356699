import type { DataSource } from 'typeorm';
import { type SeededApp, startSeededApp } from '../../../../test/seeded-app';
import { chinaDate } from '@julu/domain';

const PASSWORD = 'visits-test-password-1';

describe('visit registration (real PostgreSQL)', () => {
  let t: SeededApp;
  let dataSource: DataSource;
  let auth: SeededApp['auth'];
  const http = () => t.http();
  let juluzhen: string;
  const people: string[] = [];

  const newCase = (petitioners: { petitionerId: string; role: string }[], peopleCount: number): Record<string, unknown> => ({
    channel: 'VISIT',
    source: 'DIRECT',
    matterType: 'APPEAL',
    categoryCode: '03',
    title: '反映拖欠农民工工资',
    mainRequest: '请求协调支付工资',
    townshipId: juluzhen,
    peopleCount,
    petitioners,
  });
  const minutesAgo = (n: number): string => new Date(Date.now() - n * 60_000).toISOString();

  beforeAll(async () => {
    t = await startSeededApp(PASSWORD, ['reception', 'township', 'handler']);
    ({ dataSource, auth } = t);
    juluzhen = (await dataSource.query(`SELECT id FROM org_unit WHERE name = '巨鹿镇'`))[0].id;
    for (let i = 0; i < 7; i++) {
      people.push(
        (
          await http()
            .post('/api/petitioners')
            .set(auth.reception)
            .send({ name: `工人${i}`, idType: 'OTHER', townshipId: juluzhen })
            .expect(201)
        ).body.id,
      );
    }
  });

  afterAll(async () => {
    await t.close();
  });

  it('logs a group visit of 8 people with 3 representatives, registering its case in the same transaction', async () => {
    const reps = people.slice(0, 3);
    const res = await http()
      .post('/api/visits')
      .set(auth.reception)
      .send({
        newCase: newCase([{ petitionerId: reps[0], role: 'PRIMARY' }, ...reps.slice(1).map((petitionerId) => ({ petitionerId, role: 'REPRESENTATIVE' }))], 8),
        arrivalAt: minutesAgo(25),
        receptionStartedAt: minutesAgo(10),
        personCount: 8,
        representativeIds: reps,
        talkOutcome: '已听取诉求，告知将转人社局核查',
      })
      .expect(201);
    expect(res.body.queryCode).toMatch(/^[23456789A-HJ-NP-Z]{12}$/);
    expect(res.body.visit).toMatchObject({ personCount: 8, group: true, waitMinutes: 15, receivedByName: '李接待' });
    expect(res.body.visit.representatives.map((r: { name: string }) => r.name)).toEqual(['工人0', '工人1', '工人2']);
    const caseRow = await dataSource.query('SELECT channel, is_group, people_count FROM petition_case WHERE id = $1', [res.body.visit.caseId]);
    expect(caseRow).toEqual([{ channel: 'VISIT', is_group: true, people_count: 8 }]);

    const again = await http()
      .post('/api/visits')
      .set(auth.reception)
      .send({ caseId: res.body.visit.caseId, arrivalAt: minutesAgo(5), receptionStartedAt: minutesAgo(1), personCount: 2, representativeIds: [] })
      .expect(201);
    expect(again.body.queryCode).toBeNull();
    const list = await http().get(`/api/cases/${res.body.visit.caseId}/visits`).set(auth.township).expect(200);
    expect(list.body.map((v: { personCount: number }) => v.personCount)).toEqual([8, 2]);
  });

  it('refuses a group visit with 6 representatives with a message citing the rule, and stores nothing', async () => {
    const before = await dataSource.query('SELECT (SELECT count(*) FROM visit)::int AS v, (SELECT count(*) FROM petition_case)::int AS c');
    const reps = people.slice(0, 6);
    const res = await http()
      .post('/api/visits')
      .set(auth.reception)
      .send({
        newCase: newCase([{ petitionerId: people[6], role: 'PRIMARY' }], 10),
        arrivalAt: minutesAgo(30),
        receptionStartedAt: minutesAgo(20),
        personCount: 10,
        representativeIds: reps,
      })
      .expect(400);
    expect(res.body.message).toContain('代表不得超过 5 人');
    expect(res.body.message).toContain('第二十条');
    expect(await dataSource.query('SELECT (SELECT count(*) FROM visit)::int AS v, (SELECT count(*) FROM petition_case)::int AS c')).toEqual(before);
  });

  it('rolls back the new case when the visit cannot be stored', async () => {
    const before = await dataSource.query('SELECT count(*)::int AS c FROM petition_case');
    await http()
      .post('/api/visits')
      .set(auth.reception)
      .send({
        newCase: newCase([{ petitionerId: people[0], role: 'PRIMARY' }], 1),
        arrivalAt: minutesAgo(30),
        receptionStartedAt: minutesAgo(20),
        personCount: 1,
        representativeIds: ['00000000-0000-4000-8000-000000000000'],
      })
      .expect(400);
    expect(await dataSource.query('SELECT count(*)::int AS c FROM petition_case')).toEqual(before);
  });

  it.each([
    [{ receptionStartedAt: 'arrival' }, '不能早于到达时间'],
    [{ both: true }, '二者选一'],
    [{ letter: true }, '信访形式须为来访'],
    [{ personCount: 2, representativeIds: 3 }, '不能多于来访人数'],
  ])('refuses %p', async (spec: { receptionStartedAt?: string; both?: boolean; letter?: boolean; personCount?: number; representativeIds?: number }, message) => {
    const body: Record<string, unknown> = {
      newCase: {
        ...newCase([{ petitionerId: people[0], role: 'PRIMARY' }], spec.personCount ?? 1),
        ...(spec.letter ? { channel: 'LETTER', receivedOn: chinaDate(new Date()) } : {}),
      },
      arrivalAt: minutesAgo(10),
      receptionStartedAt: spec.receptionStartedAt ? minutesAgo(20) : minutesAgo(5),
      personCount: spec.personCount ?? 1,
      representativeIds: people.slice(0, spec.representativeIds ?? 0),
    };
    if (spec.both) body.caseId = '00000000-0000-4000-8000-000000000000';
    const res = await http().post('/api/visits').set(auth.reception).send(body).expect(400);
    expect(res.body.message).toContain(message);
  });

  it('a handler may not log visits', async () => {
    await http().post('/api/visits').set(auth.handler).send({}).expect(403);
  });
});
