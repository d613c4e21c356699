const path = require('node:path');
const { nodeProject } = require('../tools/jest/shared.cjs');

/**
 * Fault tests, one file at a time (they load the machine):
 * - test/faults: the built API and worker (dist/) as real processes against private PostgreSQL and
 *   Redis that each test file starts, kills and restarts;
 * - apps/api/src/**\/*.fault-spec.ts: the in-process API or worker with a dependency stopped and
 *   restarted or a worker process killed (apps/api/test/fault-services.ts gives them PostgreSQL and
 *   Redis). They were integration specs; they live here so the integration tier has no fault.
 */
module.exports = {
  testTimeout: 180000, // global options (a project's own would be ignored)
  maxWorkers: 1,
  projects: [
    nodeProject('faults', __dirname, ['<rootDir>/faults/**/*.fault-spec.ts']),
    nodeProject('api-faults', path.join(__dirname, '../apps/api'), ['<rootDir>/src/**/*.fault-spec.ts']),
  ],
};
