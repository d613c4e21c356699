import { type ApiProcess, FaultSystem } from './support/fault-system';
import { caseBody, createPetitioner, keepSending, login, send, townshipId } from './support/intake';

const CLIENTS = 16;
const REGISTRATIONS = 160;
/** Every seventh registration is refused after it took its number (see the constraint below). */
const REFUSED_TITLE = '编号后回滚的登记';

/**
 * Issue 19: the case number is taken last in the registering transaction. 16 clients register at
 * once through two built API processes on one database, some as visits with a new case, and some
 * registrations fail after numbering: the committed cases are numbered 1..N, no gap, no duplicate.
 */
describe('case numbers under concurrency across two API processes', () => {
  let system: FaultSystem;
  let apis: ApiProcess[];

  beforeAll(async () => {
    system = await FaultSystem.start('case-numbers');
    apis = await Promise.all([system.startApi('api-a'), system.startApi('api-b')]);
  });

  afterAll(() => system?.stop());

  it(`${REGISTRATIONS} registrations from ${CLIENTS} clients over two APIs: numbers 1..N without gaps or duplicates`, async () => {
    const tokens = await Promise.all(apis.map((api) => login(api.base, 'reception')));
    const township = await townshipId(system.sql);
    const petitionerId = await createPetitioner(apis[0].base, tokens[0], '编号并发信访人', township);
    // Refuses a refused-title case only once numbered: the failure comes after the counter moved.
    await system.sql.query(`ALTER TABLE petition_case ADD CONSTRAINT refuse_after_numbering CHECK (case_seq IS NULL OR title <> '${REFUSED_TITLE}')`);

    let issued = 0;
    const replies = await keepSending(
      CLIENTS,
      () => issued < REGISTRATIONS,
      async () => {
        const n = issued++;
        const api = n % 2;
        const title = n % 7 === 3 ? REFUSED_TITLE : `并发编号${n}`;
        if (n % 5 === 1) {
          const now = Date.now();
          const visit = {
            newCase: { ...caseBody(title, township, petitionerId), channel: 'VISIT' },
            arrivalAt: new Date(now - 10 * 60_000).toISOString(),
            receptionStartedAt: new Date(now - 60_000).toISOString(),
            personCount: 1,
            representativeIds: [],
          };
          const reply = await send(apis[api].base, 'POST', '/api/visits', tokens[api], visit, `case-numbers-visit-${n}`);
          return { title, status: reply.status, caseNo: (reply.body as { visit?: { caseNo: string } }).visit?.caseNo };
        }
        const reply = await send(apis[api].base, 'POST', '/api/cases', tokens[api], caseBody(title, township, petitionerId), `case-numbers-case-${n}`);
        return { title, status: reply.status, caseNo: (reply.body as { case?: { caseNo: string } }).case?.caseNo };
      },
    );

    const refused = replies.filter((r) => r.title === REFUSED_TITLE);
    const registered = replies.filter((r) => r.title !== REFUSED_TITLE);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.map((r) => r.status).filter((s) => s < 500)).toEqual([]);
    expect(registered.map((r) => r.status).filter((s) => s !== 201)).toEqual([]);

    const rows = (await system.sql.query<{ case_no: string; case_seq: number }>('SELECT case_no, case_seq FROM petition_case ORDER BY case_seq')).rows;
    expect(rows.map((r) => r.case_seq)).toEqual(Array.from({ length: registered.length }, (_, i) => i + 1));
    expect(new Set(rows.map((r) => r.case_no)).size).toBe(registered.length);
    expect(registered.map((r) => r.caseNo).sort()).toEqual(rows.map((r) => r.case_no));
    const [{ last_seq: last }] = (await system.sql.query<{ last_seq: number }>('SELECT last_seq FROM case_number_counter')).rows;
    expect(last).toBe(registered.length);
    const [{ n: leftovers }] = (await system.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM petition_case WHERE title = $1`, [REFUSED_TITLE])).rows;
    expect(leftovers).toBe(0);
  });
});
