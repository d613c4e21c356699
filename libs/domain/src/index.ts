export * from './lib/identity-number/resident-id';
export * from './lib/identity/password-policy';
export * from './lib/personal-data/masking';
export * from './lib/org/division-code';
