export * from './lib/identity-number/resident-id';
