import type { CurrentUser, Role } from '@julu/contracts';
import type { DataSource } from 'typeorm';
import { runWithRequestContext } from '../http/request-context';
import { createMigratedDataSource, type TestDatabase } from '../../../test/test-database';
import { installRowSecurity, runAsOwner, runAsSystem, runInScopeOf } from './row-security';
import { Transactions } from './transactions';

/**
 * Row-level security on petition_case and petitioner, at the database: whatever SQL a request runs,
 * it only reaches the rows of its scope, and a 检举控告 never reaches the unit it accuses.
 */
describe('row-level security on cases and petitioners (real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  const unit: Record<string, string> = {};
  const caseOf: Record<string, string> = {};
  const petitionerOf: Record<string, string> = {};

  const user = (role: Role, orgUnitId: string | null): CurrentUser => ({ id: unit['user'], username: 'u', displayName: 'u', role, orgUnitId }) as CurrentUser;
  const asUser = <T>(u: CurrentUser | undefined, work: () => Promise<T>): Promise<T> => runWithRequestContext({ requestId: 'rls-test', clientIp: null, user: u }, work);
  const titles = async (): Promise<string[]> => (await ds.query('SELECT title FROM petition_case ORDER BY title')).map((r: { title: string }) => r.title);
  /** Within a request of `u` (undefined: not signed in). */
  const caseTitles = (u?: CurrentUser): Promise<string[]> => asUser(u, titles);
  /** Outside any request: system work. */
  const systemTitles = titles;
  const petitionerNames = async (u?: CurrentUser): Promise<string[]> =>
    asUser(u, async () => (await ds.query('SELECT name FROM petitioner ORDER BY name')).map((r: { name: string }) => r.name));

  beforeAll(async () => {
    ({ db, dataSource: ds } = await createMigratedDataSource());
    installRowSecurity(ds);
    for (const [key, type] of [
      ['townA', 'TOWNSHIP'],
      ['townB', 'TOWNSHIP'],
      ['dept', 'BUREAU'],
      ['other', 'BUREAU'],
    ] as const) {
      unit[key] = (await ds.query(`INSERT INTO org_unit (name, type) VALUES ($1, $2) RETURNING id`, [`RLS-${key}`, type]))[0].id;
    }
    unit['user'] = (await ds.query(`INSERT INTO app_user (username, display_name, password_hash, role) VALUES ('rls', 'rls', 'x', 'ADMIN') RETURNING id`))[0].id;
    const cases: [string, string, string | null, string, string | null][] = [
      // title, township, handling unit, matter type, accused unit
      ['A-ordinary', 'townA', 'dept', 'APPEAL', null],
      ['A-accuses-townA', 'townA', 'other', 'ACCUSATION', 'townA'],
      ['A-accuses-dept', 'townA', 'dept', 'ACCUSATION', 'dept'],
      ['B-ordinary', 'townB', 'other', 'APPEAL', null],
    ];
    for (const [index, [title, township, handling, matter, accused]] of cases.entries()) {
      caseOf[title] = (
        await ds.query(
          `INSERT INTO petition_case (case_no, case_year, case_seq, query_code, channel, source, matter_type, category_code, category_label,
             title, main_request, township_id, handling_unit_id, involved_unit_id, people_count, is_group, is_skip_level, is_joint_letter,
             is_law_related, registered_by)
           VALUES ($1, 2026, $2, $3, 'VISIT', 'DIRECT', $4, '03', 'x', $5, 'x', $6, $7, $8, 1, false, false, false, false, $9) RETURNING id`,
          [`RLS-${index}`, index + 1, `QC${index}`, matter, title, unit[township], handling ? unit[handling] : null, accused ? unit[accused] : null, unit['user']],
        )
      )[0].id;
      petitionerOf[title] = (await ds.query(`INSERT INTO petitioner (name, id_type, township_id) VALUES ($1, 'NONE', $2) RETURNING id`, [`P-${title}`, unit['townB']]))[0].id;
      await ds.query(`INSERT INTO case_petitioner (case_id, petitioner_id, role, position) VALUES ($1, $2, 'PRIMARY', 1)`, [caseOf[title], petitionerOf[title]]);
    }
    await ds.query(`INSERT INTO petitioner (name, id_type, township_id) VALUES ('P-townA-resident', 'NONE', $1)`, [unit['townA']]);
  });

  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('lets the county and system work see every case and petitioner', async () => {
    const all = ['A-accuses-dept', 'A-accuses-townA', 'A-ordinary', 'B-ordinary'];
    expect(await caseTitles(user('RECEPTION', null))).toEqual(all);
    expect(await systemTitles()).toEqual(all);
    expect(await petitionerNames(user('SUPERVISOR', null))).toHaveLength(5);
  });

  it('shows a township its own cases but never an accusation against it, nor the accuser', async () => {
    const officer = user('TOWNSHIP_OFFICER', unit['townA']);
    expect(await caseTitles(officer)).toEqual(['A-accuses-dept', 'A-ordinary']);
    // The petitioner of a visible case and the township's own residents; never the accuser.
    expect(await petitionerNames(officer)).toEqual(['P-A-accuses-dept', 'P-A-ordinary', 'P-townA-resident']);
    expect(await caseTitles(user('TOWNSHIP_OFFICER', unit['townB']))).toEqual(['B-ordinary']);
  });

  it('shows a handling unit its assigned cases but never an accusation against it, nor the accuser', async () => {
    const handler = user('HANDLER', unit['dept']);
    expect(await caseTitles(handler)).toEqual(['A-ordinary']);
    expect(await petitionerNames(handler)).toEqual(['P-A-ordinary']);
    // Even a drill-down that joins through another table, or counts, cannot reach them.
    const joined = await asUser(handler, () =>
      ds.query(`SELECT count(*)::int AS n FROM case_petitioner cp JOIN petition_case c ON c.id = cp.case_id JOIN petitioner p ON p.id = cp.petitioner_id`),
    );
    expect(joined[0].n).toBe(1);
  });

  it('lets rows that refer to a case follow it: no link, clock or notice of an invisible case', async () => {
    const links = (u?: CurrentUser): Promise<{ n: number }[]> => asUser(u, () => ds.query('SELECT count(*)::int AS n FROM case_petitioner'));
    expect(await links(user('HANDLER', unit['dept']))).toEqual([{ n: 1 }]);
    expect(await links(user('TOWNSHIP_OFFICER', unit['townA']))).toEqual([{ n: 2 }]);
    expect(await links(user('RECEPTION', null))).toEqual([{ n: 4 }]);
    // Nothing can be attached to a case the caller cannot see.
    await expect(
      asUser(user('TOWNSHIP_OFFICER', unit['townA']), () =>
        ds.query(`INSERT INTO case_petitioner (case_id, petitioner_id, role, position) VALUES ($1, $2, 'JOINT', 2)`, [caseOf['B-ordinary'], petitionerOf['A-ordinary']]),
      ),
    ).rejects.toMatchObject({ driverError: { code: '42501' } });
  });

  it('shows a request that is not signed in nothing', async () => {
    expect(await caseTitles(undefined)).toEqual([]);
    expect(await petitionerNames(undefined)).toEqual([]);
    expect(await asUser(undefined, () => runAsSystem(() => ds.query('SELECT count(*)::int AS n FROM petition_case')))).toEqual([{ n: 4 }]);
  });

  it('runs system work as julu_system: every row of every row-secured table, but no schema changes', async () => {
    expect(await ds.query('SELECT current_user AS role')).toEqual([{ role: 'julu_system' }]);
    expect(await systemTitles()).toHaveLength(4);
    // Every row-secured table names the system role in a policy (else system work would see nothing there).
    const unnamed: { table: string }[] = await runAsOwner(() =>
      ds.query(`SELECT c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relrowsecurity
          AND NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND 'julu_system'::regrole = ANY (p.polroles))`),
    );
    expect(unnamed).toEqual([]);
    for (const sql of [
      'TRUNCATE case_event',
      'ALTER TABLE petition_case DISABLE ROW LEVEL SECURITY',
      'DROP POLICY case_county ON petition_case',
      'ALTER TABLE audit_log DISABLE TRIGGER ALL',
    ]) {
      await expect(ds.query(sql)).rejects.toMatchObject({ driverError: { code: expect.stringMatching(/^42501$/) } });
    }
    expect(await runAsOwner(() => ds.query('SELECT current_user = session_user AS owner'))).toEqual([{ owner: true }]);
  });

  it('refuses writes outside the scope: updates find nothing, inserts of foreign rows fail', async () => {
    const officer = user('TOWNSHIP_OFFICER', unit['townA']);
    const [, updated] = await asUser(officer, () => ds.query(`UPDATE petition_case SET title = 'hacked' WHERE id = $1`, [caseOf['B-ordinary']]));
    expect(updated).toBe(0);
    await expect(asUser(officer, () => ds.query(`DELETE FROM petitioner WHERE id = $1`, [petitionerOf['A-accuses-townA']]))).resolves.toEqual([[], 0]);
    await expect(
      asUser(officer, () => ds.query(`INSERT INTO petitioner (name, id_type, township_id) VALUES ('foreign', 'NONE', $1) RETURNING id`, [unit['townB']])),
    ).rejects.toMatchObject({ driverError: { code: '42501' } });
    expect(await systemTitles()).toContain('B-ordinary');
  });

  it('rescopes a pooled connection at every use, and work on a user`s behalf takes that user`s scope', async () => {
    const officer = user('TOWNSHIP_OFFICER', unit['townB']);
    for (let i = 0; i < 3; i += 1) {
      expect(await caseTitles(officer)).toEqual(['B-ordinary']);
      expect(await systemTitles()).toHaveLength(4);
      expect(await caseTitles(undefined)).toEqual([]);
    }
    const inScope = await runInScopeOf(user('HANDLER', unit['other']), titles);
    expect(inScope).toEqual(['A-accuses-townA', 'B-ordinary']);
  });

  it('scopes the authentication query by the verified token`s claims until the user row replaces them', async () => {
    const claimed = await runWithRequestContext({ requestId: 'rls-claims', clientIp: null, claimed: { role: 'TOWNSHIP_OFFICER', orgUnitId: unit['townB'] } }, titles);
    expect(claimed).toEqual(['B-ordinary']);
  });

  it('Art 30 ¶3: keeps the accuser hidden as accusations are linked, re-pointed, withdrawn and changed at once (kept by triggers)', async () => {
    const officerA = user('TOWNSHIP_OFFICER', unit['townA']);
    const resident = 'P-townA-resident';
    const residentId = (await ds.query(`SELECT id FROM petitioner WHERE name = $1`, [resident]))[0].id;
    const accusedUnits = async (): Promise<string[]> => (await ds.query('SELECT accused_unit_ids FROM petitioner WHERE id = $1', [residentId]))[0].accused_unit_ids;
    const newAccusation = async (no: number, accused: string): Promise<string> =>
      (
        await ds.query(
          `INSERT INTO petition_case (case_no, case_year, case_seq, query_code, channel, source, matter_type, category_code, category_label,
             title, main_request, township_id, handling_unit_id, involved_unit_id, people_count, is_group, is_skip_level, is_joint_letter,
             is_law_related, registered_by)
           VALUES ($1, 2026, $2, $3, 'LETTER', 'DIRECT', 'ACCUSATION', '03', 'x', $1, 'x', $4, $5, $6, 1, false, false, false, false, $7) RETURNING id`,
          [`RLS-X${no}`, 100 + no, `QCX${no}`, unit['townB'], unit['other'], unit[accused], unit['user']],
        )
      )[0].id;
    const link = (caseId: string, position = 1) =>
      `INSERT INTO case_petitioner (case_id, petitioner_id, role, position) VALUES ('${caseId}', '${residentId}', 'PRIMARY', ${position})`;
    const x = await newAccusation(1, 'townA');
    expect(await petitionerNames(officerA)).toContain(resident);

    await ds.query(link(x));
    expect(await accusedUnits()).toEqual([unit['townA']]);
    expect(await petitionerNames(officerA)).not.toContain(resident);

    await ds.query('UPDATE petition_case SET involved_unit_id = $2 WHERE id = $1', [x, unit['dept']]);
    expect(await accusedUnits()).toEqual([unit['dept']]);
    expect(await petitionerNames(officerA)).toContain(resident);

    await ds.query(`UPDATE petition_case SET matter_type = 'APPEAL' WHERE id = $1`, [x]);
    expect(await accusedUnits()).toEqual([]);
    await ds.query(`UPDATE petition_case SET matter_type = 'ACCUSATION', involved_unit_id = $2 WHERE id = $1`, [x, unit['townA']]);
    expect(await petitionerNames(officerA)).not.toContain(resident);
    await ds.query('DELETE FROM case_petitioner WHERE case_id = $1', [x]);
    expect(await accusedUnits()).toEqual([]);
    expect(await petitionerNames(officerA)).toContain(resident);

    // Two transactions linking the same petitioner to two accusations at once: neither is lost.
    const y = await newAccusation(2, 'dept');
    const [first, second] = [ds.createQueryRunner(), ds.createQueryRunner()];
    try {
      await first.startTransaction();
      await second.startTransaction();
      await first.query(link(x));
      const blocked = second.query(link(y));
      await first.commitTransaction();
      await blocked;
      await second.commitTransaction();
    } finally {
      await first.release();
      await second.release();
    }
    expect(await accusedUnits()).toEqual([unit['townA'], unit['dept']].sort());
    await ds.query('DELETE FROM petition_case WHERE id = ANY($1::uuid[])', [[x, y]]);
    expect(await accusedUnits()).toEqual([]);
  });

  it('does not let a transaction widen its scope half-way', async () => {
    await expect(new Transactions(ds).run(() => runAsSystem(async () => 1))).rejects.toThrow('cannot change inside an open transaction');
  });
});
