const { nodeProject } = require('../../tools/jest/shared.cjs');

/**
 * Integration tests against real PostgreSQL and Redis (TEST_DATABASE_URL / TEST_REDIS_URL from the
 * runner). The global setup migrates and seeds template databases once per run; each file copies
 * one (test/template-databases.ts).
 *
 * Two workers (CI has two cores; much of a file's time is spent waiting on PostgreSQL, Redis and
 * the worker's polls). Files share nothing: each has its own database (so its rows, rate-limit
 * counters and advisory locks, which PostgreSQL keeps per database), and each test app, worker and
 * service context its own queue prefix (test/test-app.ts, deadline-services.ts), so their BullMQ
 * queues, job schedulers and live-hint channel are apart on the one Redis.
 */
module.exports = nodeProject('api-int', __dirname, ['<rootDir>/src/**/*.int-spec.ts'], {
  testTimeout: 60000,
  maxWorkers: 2,
  globalSetup: '<rootDir>/jest.int-global-setup.cjs',
  globalTeardown: '<rootDir>/jest.int-global-teardown.cjs',
});
