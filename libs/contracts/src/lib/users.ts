import type { CurrentUser } from './auth';
import type { Role } from './roles';

/** An account as administrators see it: the user plus its status. */
export interface UserSummary extends CurrentUser {
  disabled: boolean;
  /** 单位负责人: approves extensions of the handling period (Art 34). */
  unitHead: boolean;
}

export interface CreateUserRequest {
  username: string;
  password: string;
  displayName: string;
  role: Role;
  /** Required for TOWNSHIP_OFFICER (a township or zone) and HANDLER (a county department). */
  orgUnitId?: string;
}

/** Keyset page: pass `nextCursor` as `after` for the next page; null at the end. */
export interface UserListResponse {
  items: UserSummary[];
  nextCursor: string | null;
}

/** Fields an administrator may change; omitted fields stay as they are. */
export interface UpdateUserRequest {
  displayName?: string;
  role?: Role;
  /** null clears the unit (county-wide roles only). */
  orgUnitId?: string | null;
  /** true disables the account and ends its sessions; false enables it again. */
  disabled?: boolean;
  /** 单位负责人 of its unit. */
  unitHead?: boolean;
}

export interface ResetPasswordRequest {
  newPassword: string;
}
