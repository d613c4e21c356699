const { swcJestConfig, libMapper } = require('../../tools/jest/shared.cjs');

/** Integration tests against real PostgreSQL and Redis (DATABASE_URL / REDIS_URL from the runner). */
module.exports = {
  displayName: 'api-int',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.int-spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swcJestConfig] },
  moduleNameMapper: libMapper,
  testTimeout: 60000,
  maxWorkers: 1,
};
