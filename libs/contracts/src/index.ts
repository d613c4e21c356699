export * from './lib/api-error';
export * from './lib/auth';
export * from './lib/health';
export * from './lib/identity-number';
export * from './lib/org';
export * from './lib/roles';
export * from './lib/routes';
export * from './lib/users';
