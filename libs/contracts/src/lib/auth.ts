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
  /** Access-token lifetime in seconds. */
  expiresIn: number;
  user: CurrentUser;
}
