import { type ApiProcess, FaultSystem } from './support/fault-system';
import { caseBody, createPetitioner, login, petitionerBody, type Reply, send, townshipId } from './support/intake';

const TIMES = 10;

/** The same form submitted ten times at once (a double click, a flaky network): one record. */
describe('a double-submitted form against the built API', () => {
  let system: FaultSystem;
  let api: ApiProcess;
  let token: string;
  let township: string;

  beforeAll(async () => {
    system = await FaultSystem.start('double-submit');
    api = await system.startApi();
    token = await login(api.base, 'reception');
    township = await townshipId(system.sql);
  });

  afterAll(() => system?.stop());

  const fire = (path: string, body: unknown, key: string): Promise<Reply[]> => Promise.all(Array.from({ length: TIMES }, () => send(api.base, 'POST', path, token, body, key)));

  const count = async (query: string, params: unknown[]): Promise<number> => (await system.sql.query<{ n: number }>(query, params)).rows[0].n;

  it('POST /api/cases ten times at once with one key: one case, one audit and outbox row, ten identical 201s; another body → 422', async () => {
    const petitionerId = await createPetitioner(api.base, token, '重复提交人', township);
    const body = caseBody('重复提交的信访事项', township, petitionerId);
    const replies = await fire('/api/cases', body, 'double-submit-case-0001');

    expect(replies.map((r) => r.status)).toEqual(Array(TIMES).fill(201));
    for (const reply of replies) expect(reply.body).toEqual(replies[0].body);
    const caseId = (replies[0].body as { case: { id: string } }).case.id;
    expect(await count(`SELECT count(*)::int AS n FROM petition_case WHERE title = '重复提交的信访事项'`, [])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'case.register'`, [caseId])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM outbox_event WHERE aggregate_id = $1 AND event_type = 'case.registered'`, [caseId])).toBe(1);
    expect(await count('SELECT last_seq AS n FROM case_number_counter', [])).toBe(1);

    const changed = await send(api.base, 'POST', '/api/cases', token, { ...body, title: '换了主题的信访事项' }, 'double-submit-case-0001');
    expect(changed.status).toBe(422);
    expect(await count('SELECT count(*)::int AS n FROM petition_case', [])).toBe(1);
  });

  it('POST /api/petitioners and POST /api/visits ten times at once with one key: one record each', async () => {
    const people = await fire('/api/petitioners', petitionerBody('连点十次', township), 'double-submit-person-01');
    expect(people.map((r) => r.status)).toEqual(Array(TIMES).fill(201));
    for (const reply of people) expect(reply.body).toEqual(people[0].body);
    expect(await count(`SELECT count(*)::int AS n FROM petitioner WHERE name = '连点十次'`, [])).toBe(1);

    const caseId = (await system.sql.query<{ id: string }>('SELECT id FROM petition_case LIMIT 1')).rows[0].id;
    const now = Date.now();
    const visit = { caseId, arrivalAt: new Date(now - 10 * 60_000).toISOString(), receptionStartedAt: new Date(now - 60_000).toISOString(), personCount: 1, representativeIds: [] };
    const visits = await fire('/api/visits', visit, 'double-submit-visit-01');
    expect(visits.map((r) => r.status)).toEqual(Array(TIMES).fill(201));
    for (const reply of visits) expect(reply.body).toEqual(visits[0].body);
    expect(await count('SELECT count(*)::int AS n FROM visit WHERE case_id = $1', [caseId])).toBe(1);

    const other = await send(api.base, 'POST', '/api/visits', token, { ...visit, personCount: 2 }, 'double-submit-visit-01');
    expect(other.status).toBe(422);
    expect(await count('SELECT count(*)::int AS n FROM visit WHERE case_id = $1', [caseId])).toBe(1);
  });
});
