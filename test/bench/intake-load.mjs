// `npm run bench intake-load`: case registration under load. One registration is what the intake
// form sends for a new petitioner: POST /api/petitioners, then POST /api/cases, each with its own
// Idempotency-Key. It runs a fixed number of registrations at a fixed concurrency, and the
// baseline, in the same run, issues the same rows straight to PostgreSQL at the same concurrency
// through a pg Pool, one transaction per registration (see sqlRegistration).
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { log, runPartOnCases } from './harness.mjs';
import { closedLoop, fixed, percentiles, printRows } from './load-tools.mjs';

const require = createRequire(import.meta.url);
const { Pool } = require('pg');

const CASES = Number(process.env.BENCH_CASES || 50_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS || 2_000);
const CONCURRENCY = (process.env.BENCH_CONCURRENCY || '8,16').split(',').map(Number);

/** A valid 18-digit resident ID (GB 11643 check digit) born `n` days after 1950-01-01. */
function residentId(n) {
  const birth = new Date(Date.UTC(1950, 0, 1) + (n % 20_000) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const body = `130529${birth}${String(100 + Math.floor(n / 20_000)).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return body + '10X98765432'[sum % 11];
}


async function run({ base, db, login, get }) {
  const token = await login('reception');
  const julu = (await get('/api/org-units', token)).find((u) => u.name === '巨鹿镇').id;
  const [{ id: clerkId }] = (await db.query(`SELECT id FROM app_user WHERE username = 'reception'`)).rows;
  const { host, port, user, password, database } = db.connectionParameters;
  const pool = new Pool({ host, port, user, password, database, max: Math.max(...CONCURRENCY) });
  let serial = 0;
  const send = async (path, body) => {
    const r = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'Idempotency-Key': randomUUID() },
      body: JSON.stringify(body),
    });
    if (r.status !== 201) throw new Error(`${path}: ${r.status} ${await r.text()}`);
    return r.json();
  };
  const viaApi = async () => {
    const n = serial++;
    const person = await send('/api/petitioners', { name: `压测信访人${n}`, idType: 'RESIDENT_ID', idNumber: residentId(n), mobile: `139${String(n).padStart(8, '0')}`, townshipId: julu });
    await send('/api/cases', {
      channel: 'VISIT', source: 'DIRECT', matterType: 'APPEAL', categoryCode: '04', title: `反映土地承包纠纷${n}`, mainRequest: '请求确认承包地边界',
      townshipId: julu, peopleCount: 1, petitioners: [{ petitionerId: person.id, role: 'PRIMARY' }],
    });
  };
  const viaSql = () => sqlRegistration(pool, { n: serial++, townshipId: julu, clerkId });

  const rows = [];
  const failures = [];
  for (const concurrency of CONCURRENCY) {
    for (let i = 0; i < 20; i++) await viaSql(); // warm-up
    for (let i = 0; i < 20; i++) await viaApi();
    log(`${REQUESTS} registrations at ${concurrency} in flight: SQL baseline…`);
    const baseline = await closedLoop(concurrency, REQUESTS, viaSql);
    log(`… and the API`);
    const api = await closedLoop(concurrency, REQUESTS, viaApi);
    failures.push(...baseline.errors, ...api.errors);
    const b = percentiles(baseline.samples);
    const a = percentiles(api.samples);
    rows.push([`baseline: same rows by SQL, ${concurrency} in flight`, b.n, fixed(baseline.perSecond, 0), fixed(b.p50), fixed(b.p99), '1.0']);
    rows.push([`API: petitioner + case, ${concurrency} in flight`, a.n, fixed(api.perSecond, 0), fixed(a.p50), fixed(a.p99), fixed(baseline.perSecond / api.perSecond)]);
  }
  await pool.end();
  const [{ n: gaps }] = (await db.query(`SELECT count(*) - (max(case_seq) - min(case_seq) + 1) AS n FROM petition_case WHERE case_year = (SELECT max(case_year) FROM petition_case)`)).rows;
  printRows(
    `Intake under load: ${REQUESTS.toLocaleString()} registrations per row on ${CASES.toLocaleString()} loaded cases (ms; ratio = baseline registrations/s ÷ API registrations/s)`,
    ['measure', 'n', 'reg/s', 'p50', 'p99', 'ratio'],
    rows,
  );
  console.log(`\ncase numbers of the year: ${Number(gaps) === 0 ? 'gap-free and distinct' : `${gaps} gaps`}; errors: ${failures.length}`);
  if (failures.length > 0) throw failures[0];
}

/** The size of a v2 value (`v2.<keyId>.<iv>.<tag>.<ct>`) of an 18-character ID number; the baseline never decrypts it. */
const cipherLike = () => `v2.k1.${randomBytes(12).toString('base64url')}.${randomBytes(16).toString('base64url')}.${randomBytes(18).toString('base64url')}`;
const blind = (value) => createHash('sha256').update(value).digest('hex');

/**
 * The rows one API registration writes, in one transaction: the petitioner (encrypted fields and
 * blind indexes of the same size), its audit row and idempotency record; the case number from the
 * counter, the case, its petitioner link, the D1 clock, the case event, the audit row, two outbox
 * events and the idempotency record of the case.
 */
async function sqlRegistration(pool, { n, townshipId, clerkId }) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const idNumber = residentId(n);
    // Like the API: the row id is chosen before the insert (ciphertexts are bound to it), the mask
    // keeps the first 4 and last 4 characters, and only the birth year is stored.
    const personId = randomUUID();
    await client.query(
      `INSERT INTO petitioner (id, name, id_type, id_number_enc, id_number_bidx, id_number_masked, gender, birth_year, mobile_enc, mobile_bidx, mobile_masked, township_id, created_by)
       VALUES ($1, $2, 'RESIDENT_ID', $3, $4, $5, 'MALE', $6, $7, $8, '139****0000', $9, $10)`,
      [personId, `基准信访人${n}`, cipherLike(), blind(`sql-id-${idNumber}`), `${idNumber.slice(0, 4)}**********${idNumber.slice(14)}`, Number(idNumber.slice(6, 10)), cipherLike(), blind(`sql-m-${n}`), townshipId, clerkId],
    );
    const audit = (action, type, id, changes) =>
      client.query(`INSERT INTO audit_log (actor_user_id, actor_username, action, entity_type, entity_id, changes, request_id, client_ip) VALUES ($1, 'reception', $2, $3, $4, $5, $6, '127.0.0.1')`, [clerkId, action, type, id, changes, randomUUID()]);
    const remember = (route, response) =>
      client.query('INSERT INTO idempotency_key (scope, route, request_hash, response) VALUES ($1, $2, $3, $4)', [`${clerkId}:${randomUUID()}`, route, blind(`${n}${route}`), response]);
    await audit('petitioner.create', 'petitioner', personId, { name: { after: `基准信访人${n}` }, townshipId: { after: townshipId } });
    await remember('POST /api/petitioners', { id: personId, name: `基准信访人${n}` });
    const [{ last_seq: seq, year }] = (
      await client.query(
        `INSERT INTO case_number_counter (year, last_seq) VALUES (extract(year FROM now() AT TIME ZONE 'Asia/Shanghai')::int, 1)
         ON CONFLICT (year) DO UPDATE SET last_seq = case_number_counter.last_seq + 1 RETURNING last_seq, year`,
      )
    ).rows;
    const caseNo = `130529${year}${String(seq).padStart(6, '0')}`;
    const [{ id: caseId }] = (
      await client.query(
        `INSERT INTO petition_case (case_no, case_year, case_seq, query_code, channel, source, matter_type, category_code, category_label, title, main_request,
           township_id, people_count, is_group, is_skip_level, is_joint_letter, is_law_related, registered_at, registered_by, registering_unit_id, search_grams, category_version)
         SELECT $1, $2, $3, $4, 'VISIT', 'DIRECT', 'APPEAL', '04', '分类', $5, '请求确认承包地边界', $6, 1, false, false, false, false, now(), $7, u.org_unit_id, $8, 1
         FROM app_user u WHERE u.id = $7 RETURNING id`,
        [caseNo, year, seq, `S${randomBytes(6).toString('hex')}`, `反映土地承包纠纷${n}`, townshipId, clerkId, ['反映', '映土', '土地', '地承', '承包', '包纠', '纠纷', '请求', '求确', '确认']],
      )
    ).rows;
    await client.query(`INSERT INTO case_petitioner (case_id, petitioner_id, role, position) VALUES ($1, $2, 'PRIMARY', 0)`, [caseId, personId]);
    const [{ id: clockId }] = (
      await client.query(
        `INSERT INTO case_clock (case_id, code, party, responsible_unit_id, status, started_on, amount, unit, exclude_start_day, extend_past_days_off, due_on, explanation, provisional)
         SELECT $1, r.code, r.party, u.org_unit_id, 'RUNNING', current_date, r.amount, r.unit, r.exclude_start_day, r.extend_past_days_off, current_date + 15, '{"steps":[]}', false
         FROM clock_rule r, app_user u WHERE r.code = 'D1' AND u.id = $2 RETURNING id`,
        [caseId, clerkId],
      )
    ).rows;
    await client.query(`INSERT INTO outbox_event (event_type, aggregate_type, aggregate_id, payload) VALUES ('clock.changed', 'case_clock', $1, '{"version":1}')`, [clockId]);
    await client.query(`INSERT INTO case_event (case_id, action, from_state, to_state, actor_id, details) VALUES ($1, 'REGISTER', NULL, 'REGISTERED', $2, '{"channel":"VISIT"}')`, [caseId, clerkId]);
    await audit('case.register', 'petition_case', caseId, { caseNo: { after: caseNo }, channel: { after: 'VISIT' }, townshipId: { after: townshipId } });
    await client.query(`INSERT INTO outbox_event (event_type, aggregate_type, aggregate_id, payload) VALUES ('case.registered', 'petition_case', $1, $2)`, [caseId, { caseNo, channel: 'VISIT', matterType: 'APPEAL' }]);
    await remember('POST /api/cases', { case: { id: caseId, caseNo } });
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

await runPartOnCases('intake-load', CASES, run);
