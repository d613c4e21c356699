const { nodeProject } = require('../tools/jest/shared.cjs');

/**
 * Fault tests: the built API and worker (dist/) as real processes against private PostgreSQL and
 * Redis that each test file starts, kills and restarts. One file at a time (they load the machine).
 */
module.exports = nodeProject('faults', __dirname, ['<rootDir>/faults/**/*.fault-spec.ts'], {
  testTimeout: 180000,
  maxWorkers: 1,
});
