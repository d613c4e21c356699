import type { CurrentUser } from '@julu/contracts';
import type { SeededApp } from './seeded-app';

/** Adds active users to a unit (duty staff without a login of their own) and returns their ids by name. */
export async function addDutyStaff(t: SeededApp, unitName: string, names: string[]): Promise<Record<string, string>> {
  const unitId = await t.unitId(unitName);
  const ids: Record<string, string> = {};
  for (const name of names) {
    const [row]: { id: string }[] = await t.dataSource.query(
      `INSERT INTO app_user (username, display_name, password_hash, role, org_unit_id) VALUES ($1, $2, 'x', 'TOWNSHIP_OFFICER', $3) RETURNING id`,
      [`duty-${Buffer.from(name).toString('hex').slice(0, 20)}-${Math.random().toString(36).slice(2, 8)}`, name, unitId],
    );
    ids[name] = row.id;
  }
  return ids;
}

/** The CurrentUser of a logged-in demo user, for calling services with a fixed `now`. */
export async function currentUser(t: SeededApp, username: string): Promise<CurrentUser> {
  const res = await t.http().get('/api/auth/me').set(t.auth[username]);
  return res.body as CurrentUser;
}

/** A duty staff member (added by addDutyStaff, without a login) as the caller of a service. */
export function dutyMember(id: string, orgUnitId: string): CurrentUser {
  return { id, username: `duty-${id.slice(0, 8)}`, displayName: '值班人员', role: 'TOWNSHIP_OFFICER', orgUnitId, orgUnitName: null };
}
