import { Foundation1764100000000 } from './1764100000000-foundation';
import { AuthSessionsAndAudit1764200000000 } from './1764200000000-auth-sessions-and-audit';

/** Every migration in order; listed explicitly so the bundled API needs no globbing. */
export const MIGRATIONS = [Foundation1764100000000, AuthSessionsAndAudit1764200000000];
