import type { CurrentUser } from '@julu/contracts';
import type { UserEntity } from './entities/user.entity';

export function toCurrentUser(user: UserEntity, orgUnitName: string | null): CurrentUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    orgUnitId: user.orgUnitId,
    orgUnitName,
  };
}
