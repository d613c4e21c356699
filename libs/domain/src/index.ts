export * from './lib/identity-number/resident-id';
export * from './lib/identity/password-policy';
export * from './lib/personal-data/masking';
export * from './lib/org/division-code';
export * from './lib/cases/case-rules';
export * from './lib/cases/search-grams';
export * from './lib/cases/repeat-score';
