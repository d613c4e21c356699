import { Foundation1764100000000 } from './1764100000000-foundation';

/** Every migration in order; listed explicitly so the bundled API needs no globbing. */
export const MIGRATIONS = [Foundation1764100000000];
