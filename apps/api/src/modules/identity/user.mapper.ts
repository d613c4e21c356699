import type { CurrentUser, Role } from '@julu/contracts';

/** app_user joined with the name of its org unit. */
export interface CurrentUserRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  org_unit_id: string | null;
  org_unit_name: string | null;
}

export function toCurrentUser(row: CurrentUserRow): CurrentUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    orgUnitId: row.org_unit_id,
    orgUnitName: row.org_unit_name,
  };
}
