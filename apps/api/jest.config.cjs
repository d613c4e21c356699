const { swcJestConfig, libMapper } = require('../../tools/jest/shared.cjs');

/** Unit tests: no database, no Redis. */
module.exports = {
  displayName: 'api',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swcJestConfig] },
  moduleNameMapper: libMapper,
};
