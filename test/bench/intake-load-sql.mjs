// The SQL baselines of `intake-load`: registrations written straight to PostgreSQL through a pg Pool
// (one client per registration in flight), so the API's figures can be read against what the
// database does with the same statements on the same machine in the same run.
// - oldOrder: the rows one API registration (petitioner + case) writes, one transaction, the case
//   number taken first and held to the commit: the baseline issue 19 measured at 220/s.
// - numberLast: the same rows and transaction, the number taken last (the order the API now uses).
// - apiStatements: the statements the API itself issues for the two requests, in its order and its
//   two transactions (sign-in check, idempotency lock and record, the one-query form check, the
//   clock rule and calendar reads, the petitioner read-back), numbered last: what the API could
//   reach if Node, HTTP and TypeORM cost nothing.
import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** The size of a v2 value (`v2.<keyId>.<iv>.<tag>.<ct>`) of an 18-character ID number; the baseline never decrypts it. */
const cipherLike = () => `v2.k1.${randomBytes(12).toString('base64url')}.${randomBytes(16).toString('base64url')}.${randomBytes(18).toString('base64url')}`;
const blind = (value) => createHash('sha256').update(value).digest('hex');
const GRAMS = ['反映', '映土', '土地', '地承', '承包', '包纠', '纠纷', '请求', '求确', '确认'];
const YEAR_SQL = `extract(year FROM now() AT TIME ZONE 'Asia/Shanghai')::int`;

async function inTransaction(pool, work) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

const insertPetitioner = (c, { n, idNumber, townshipId, clerkId }, personId) =>
  c.query(
    `INSERT INTO petitioner (id, name, id_type, id_number_enc, id_number_bidx, id_number_masked, gender, birth_year, mobile_enc, mobile_bidx, mobile_masked, township_id, created_by)
     VALUES ($1, $2, 'RESIDENT_ID', $3, $4, $5, 'MALE', $6, $7, $8, '139****0000', $9, $10)`,
    [
      personId,
      `基准信访人${n}`,
      cipherLike(),
      blind(`sql-id-${idNumber}`),
      `${idNumber.slice(0, 4)}**********${idNumber.slice(14)}`,
      Number(idNumber.slice(6, 10)),
      cipherLike(),
      blind(`sql-m-${n}`),
      townshipId,
      clerkId,
    ],
  );
const audit = (c, clerkId, action, type, id, changes) =>
  c.query(
    `INSERT INTO audit_log (actor_user_id, actor_username, action, entity_type, entity_id, changes, request_id, client_ip) VALUES ($1, 'reception', $2, $3, $4, $5, $6, '127.0.0.1')`,
    [clerkId, action, type, id, changes, randomUUID()],
  );
const remember = (c, clerkId, scope, route, response) =>
  c.query('INSERT INTO idempotency_key (scope, route, request_hash, response) VALUES ($1, $2, $3, $4)', [
    scope ?? `${clerkId}:${randomUUID()}`,
    route,
    blind(`${scope}${route}`),
    response,
  ]);
const takeNumberFirst = async (c) => {
  const [{ last_seq: seq, year }] = (
    await c.query(
      `INSERT INTO case_number_counter (year, last_seq) VALUES (${YEAR_SQL}, 1) ON CONFLICT (year) DO UPDATE SET last_seq = case_number_counter.last_seq + 1 RETURNING last_seq, year`,
    )
  ).rows;
  return { seq, year, caseNo: `130529${year}${String(seq).padStart(6, '0')}` };
};
/** The API's numbering statement (CaseRegistrationService.number). */
const numberCase = async (c, caseId, year) =>
  (
    await c.query(
      `WITH taken AS (
         INSERT INTO case_number_counter (year, last_seq) VALUES ($2, 1)
         ON CONFLICT (year) DO UPDATE SET last_seq = case_number_counter.last_seq + 1 RETURNING last_seq)
       UPDATE petition_case c SET case_seq = taken.last_seq, case_no = $3 || lpad(taken.last_seq::text, 6, '0')
       FROM taken WHERE c.id = $1 RETURNING c.case_no`,
      [caseId, year, `130529${year}`],
    )
  ).rows[0].case_no;
/** The case row, numbered (the old order) or not (numbered later by numberCase). */
const insertCase = async (c, { n, townshipId, clerkId }, numbered) =>
  (
    await c.query(
      `INSERT INTO petition_case (case_no, case_year, case_seq, query_code, channel, source, matter_type, category_code, category_label, title, main_request,
         township_id, people_count, is_group, is_skip_level, is_joint_letter, is_law_related, registered_at, registered_by, registering_unit_id, search_grams, category_version)
       SELECT $1::varchar, coalesce($2::int, ${YEAR_SQL}), $3::int, $4, 'VISIT', 'DIRECT', 'APPEAL', '04', '分类', $5, '请求确认承包地边界', $6, 1, false, false, false, false, now(), $7, u.org_unit_id, $8, 1
       FROM app_user u WHERE u.id = $7 RETURNING id, case_year`,
      [numbered?.caseNo ?? null, numbered?.year ?? null, numbered?.seq ?? null, `S${randomBytes(6).toString('hex')}`, `反映土地承包纠纷${n}`, townshipId, clerkId, GRAMS],
    )
  ).rows[0];
const insertClock = async (c, caseId, clerkId) => {
  const [{ id: clockId }] = (
    await c.query(
      `INSERT INTO case_clock (case_id, code, party, responsible_unit_id, status, started_on, amount, unit, exclude_start_day, extend_past_days_off, due_on, explanation, provisional)
       SELECT $1, r.code, r.party, u.org_unit_id, 'RUNNING', current_date, r.amount, r.unit, r.exclude_start_day, r.extend_past_days_off, current_date + 15, '{"steps":[]}', false
       FROM clock_rule r, app_user u WHERE r.code = 'D1' AND u.id = $2 RETURNING id`,
      [caseId, clerkId],
    )
  ).rows;
  await c.query(`INSERT INTO outbox_event (event_type, aggregate_type, aggregate_id, payload) VALUES ('clock.changed', 'case_clock', $1, '{"version":1}')`, [clockId]);
};
const insertEvent = (c, caseId, clerkId) =>
  c.query(`INSERT INTO case_event (case_id, action, from_state, to_state, actor_id, details) VALUES ($1, 'REGISTER', NULL, 'REGISTERED', $2, '{"channel":"VISIT"}')`, [
    caseId,
    clerkId,
  ]);
const caseRegistered = (c, caseId, caseNo) =>
  c.query(`INSERT INTO outbox_event (event_type, aggregate_type, aggregate_id, payload) VALUES ('case.registered', 'petition_case', $1, $2)`, [
    caseId,
    { caseNo, channel: 'VISIT', matterType: 'APPEAL' },
  ]);

/** The petitioner request's rows (the petitioner, its audit row, its idempotency record); returns its id. */
async function petitionerRows(c, ctx) {
  const personId = randomUUID();
  await insertPetitioner(c, ctx, personId);
  await audit(c, ctx.clerkId, 'petitioner.create', 'petitioner', personId, { name: { after: `基准信访人${ctx.n}` }, townshipId: { after: ctx.townshipId } });
  await remember(c, ctx.clerkId, null, 'POST /api/petitioners', { id: personId, name: `基准信访人${ctx.n}` });
  return personId;
}
/** The rows hanging off a new case that do not carry its number: its petitioner link, its D1 clock, its REGISTER event. */
async function caseRows(c, ctx, caseId, personId) {
  await c.query(`INSERT INTO case_petitioner (case_id, petitioner_id, role, position) VALUES ($1, $2, 'PRIMARY', 0)`, [caseId, personId]);
  await insertClock(c, caseId, ctx.clerkId);
  await insertEvent(c, caseId, ctx.clerkId);
}

/** Issue 19's baseline, unchanged: one transaction, the number first. */
export function oldOrder(pool, ctx) {
  return inTransaction(pool, async (c) => {
    const personId = await petitionerRows(c, ctx);
    const numbered = await takeNumberFirst(c);
    const { id: caseId } = await insertCase(c, ctx, numbered);
    await caseRows(c, ctx, caseId, personId);
    await audit(c, ctx.clerkId, 'case.register', 'petition_case', caseId, {
      caseNo: { after: numbered.caseNo },
      channel: { after: 'VISIT' },
      townshipId: { after: ctx.townshipId },
    });
    await caseRegistered(c, caseId, numbered.caseNo);
    await remember(c, ctx.clerkId, null, 'POST /api/cases', { case: { id: caseId, caseNo: numbered.caseNo } });
  });
}

/** The same rows and transaction as oldOrder, the number taken last. */
export function numberLast(pool, ctx) {
  return inTransaction(pool, async (c) => {
    const personId = await petitionerRows(c, ctx);
    const { id: caseId, case_year: year } = await insertCase(c, ctx, null);
    await caseRows(c, ctx, caseId, personId);
    const caseNo = await numberCase(c, caseId, year);
    await audit(c, ctx.clerkId, 'case.register', 'petition_case', caseId, { caseNo: { after: caseNo }, channel: { after: 'VISIT' }, townshipId: { after: ctx.townshipId } });
    await caseRegistered(c, caseId, caseNo);
    await remember(c, ctx.clerkId, null, 'POST /api/cases', { case: { id: caseId, caseNo } });
  });
}

/**
 * Not what the API does: numberLast with the number, the case.register audit row and the
 * case.registered event in one statement, so the counter row is held for that statement, the
 * idempotency record and the commit. It shows what folding the rows that carry the number into
 * the numbering statement would add (it would make the petitions module write audit_log and
 * outbox_event, which their owning modules write today).
 */
export function numberLastOneStatement(pool, ctx) {
  return inTransaction(pool, async (c) => {
    const personId = await petitionerRows(c, ctx);
    const { id: caseId, case_year: year } = await insertCase(c, ctx, null);
    await caseRows(c, ctx, caseId, personId);
    const [{ case_no: caseNo }] = (
      await c.query(
        `WITH taken AS (
           INSERT INTO case_number_counter (year, last_seq) VALUES ($2, 1)
           ON CONFLICT (year) DO UPDATE SET last_seq = case_number_counter.last_seq + 1 RETURNING last_seq),
         numbered AS (
           UPDATE petition_case c SET case_seq = taken.last_seq, case_no = $3 || lpad(taken.last_seq::text, 6, '0') FROM taken WHERE c.id = $1 RETURNING c.case_no),
         audited AS (
           INSERT INTO audit_log (actor_user_id, actor_username, action, entity_type, entity_id, changes, request_id, client_ip)
           SELECT $4, 'reception', 'case.register', 'petition_case', $1, jsonb_build_object('caseNo', jsonb_build_object('after', case_no)) || $5::jsonb, $6, '127.0.0.1' FROM numbered),
         announced AS (
           INSERT INTO outbox_event (event_type, aggregate_type, aggregate_id, payload)
           SELECT 'case.registered', 'petition_case', $1, jsonb_build_object('caseNo', case_no, 'channel', 'VISIT', 'matterType', 'APPEAL') FROM numbered)
         SELECT case_no FROM numbered`,
        [caseId, year, `130529${year}`, ctx.clerkId, { channel: { after: 'VISIT' }, townshipId: { after: ctx.townshipId } }, randomUUID()],
      )
    ).rows;
    await remember(c, ctx.clerkId, null, 'POST /api/cases', { case: { id: caseId, caseNo } });
  });
}

/** What every authenticated request reads (AuthService.activeCurrentUser). */
const signedIn = (pool, clerkId, sessionId) =>
  pool.query(
    `SELECT u.id, u.username, u.display_name, u.role, u.org_unit_id, o.name AS org_unit_name
     FROM app_user u LEFT JOIN org_unit o ON o.id = u.org_unit_id
     WHERE u.id = $1 AND u.disabled_at IS NULL
       AND EXISTS (SELECT 1 FROM auth_refresh_token t WHERE t.family_id = $2 AND t.user_id = u.id AND t.revoked_at IS NULL)`,
    [clerkId, sessionId],
  );
const idempotencyOpen = async (c, scope) => {
  await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [scope]);
  await c.query('SELECT request_hash, response FROM idempotency_key WHERE scope = $1', [scope]);
};

/** The API's own statements for POST /api/petitioners then POST /api/cases, in its two transactions. */
export async function apiStatements(pool, ctx) {
  const { n, townshipId, clerkId, sessionId } = ctx;
  await signedIn(pool, clerkId, sessionId);
  await pool.query(`SELECT 1 FROM org_unit WHERE id = $1 AND type IN ('TOWN', 'TOWNSHIP', 'DEV_ZONE') AND retired_at IS NULL`, [townshipId]);
  const personId = randomUUID();
  await inTransaction(pool, async (c) => {
    const scope = `${clerkId}:${randomUUID()}`;
    await idempotencyOpen(c, scope);
    const bidx = blind(`sql-id-${ctx.idNumber}`);
    await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [bidx]);
    await c.query('SELECT (SELECT id FROM petitioner WHERE id_number_bidx = $1 LIMIT 1) AS visible, julu_id_number_registered($1) AS registered', [bidx]);
    await insertPetitioner(c, ctx, personId);
    await audit(c, clerkId, 'petitioner.create', 'petitioner', personId, { name: { after: `基准信访人${n}` }, townshipId: { after: townshipId } });
    await c.query(
      `SELECT p.id, p.name, p.id_number_masked, t.name AS township_name FROM petitioner p LEFT JOIN org_unit t ON t.id = p.township_id LEFT JOIN org_unit v ON v.id = p.village_id WHERE p.id = $1`,
      [personId],
    );
    await remember(c, clerkId, scope, 'POST /api/petitioners', { id: personId, name: `基准信访人${n}` });
  });
  await signedIn(pool, clerkId, sessionId);
  await inTransaction(pool, async (c) => {
    const scope = `${clerkId}:${randomUUID()}`;
    await idempotencyOpen(c, scope);
    await c.query(
      `SELECT (SELECT json_build_object('code', c.code, 'label', c.label, 'parent_label', pc.label, 'version', c.version)
               FROM content_category c LEFT JOIN content_category pc ON pc.code = c.parent_code WHERE c.code = $1 AND c.retired_at IS NULL) AS category,
              (SELECT name FROM org_unit WHERE id = $2::uuid AND type IN ('TOWN', 'TOWNSHIP', 'DEV_ZONE') AND retired_at IS NULL) AS township_name,
              (SELECT coalesce(json_agg(json_build_object('id', p.id, 'name', p.name, 'id_number_masked', p.id_number_masked)), '[]')
               FROM petitioner p WHERE p.id = ANY($3::uuid[]) AND TRUE) AS petitioners`,
      ['04', townshipId, [personId]],
    );
    const { id: caseId, case_year: year } = await insertCase(c, ctx, null);
    await c.query(
      `INSERT INTO case_petitioner (case_id, petitioner_id, role, position)
       SELECT $1, p.petitioner_id, p.role, p.position - 1 FROM unnest($2::uuid[], $3::varchar[]) WITH ORDINALITY AS p (petitioner_id, role, position)`,
      [caseId, [personId], ['PRIMARY']],
    );
    await c.query('SELECT amount, unit, party, exclude_start_day, extend_past_days_off FROM clock_rule WHERE code = $1', ['D1']);
    await c.query('SELECT year, notice, holidays, workdays FROM holiday_year ORDER BY year');
    await insertClock(c, caseId, clerkId);
    await insertEvent(c, caseId, clerkId);
    const caseNo = await numberCase(c, caseId, year);
    await audit(c, clerkId, 'case.register', 'petition_case', caseId, { caseNo: { after: caseNo }, channel: { after: 'VISIT' }, townshipId: { after: townshipId } });
    await caseRegistered(c, caseId, caseNo);
    await remember(c, clerkId, scope, 'POST /api/cases', { case: { id: caseId, caseNo } });
  });
}
