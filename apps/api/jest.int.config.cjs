const { nodeProject } = require('../../tools/jest/shared.cjs');

/**
 * Integration tests against real PostgreSQL and Redis (TEST_DATABASE_URL / TEST_REDIS_URL from the
 * runner). The global setup migrates and seeds template databases once per run; each file copies
 * one (src/testing/template-databases.ts).
 */
module.exports = nodeProject('api-int', __dirname, ['<rootDir>/src/**/*.int-spec.ts'], {
  testTimeout: 60000,
  maxWorkers: 1,
  globalSetup: '<rootDir>/jest.int-global-setup.cjs',
  globalTeardown: '<rootDir>/jest.int-global-teardown.cjs',
});
