export { IdentityModule } from './identity.module';
export { AuthService } from './auth.service';
export { seedDemoUsers, type DemoUserSpec } from './seed/seed-demo-users';
export { UserEntity } from './entities/user.entity';
export { AuthRefreshTokenEntity } from './entities/auth-refresh-token.entity';
export { hashPassword, type PasswordHashCost } from './password-hasher';
