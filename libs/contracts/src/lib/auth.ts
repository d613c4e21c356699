import type { Role } from './roles';

export interface LoginRequest {
  username: string;
  password: string;
}

export interface CurrentUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  orgUnitId: string | null;
  orgUnitName: string | null;
}

export interface LoginResponse {
  accessToken: string;
  /** Opaque, single-use: each refresh answers with a new one. */
  refreshToken: string;
  /** Access-token lifetime in seconds. */
  expiresIn: number;
  user: CurrentUser;
}

export interface RefreshRequest {
  refreshToken: string;
}

export type RefreshResponse = LoginResponse;

export interface LogoutRequest {
  refreshToken: string;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}
