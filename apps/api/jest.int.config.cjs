const { nodeProject } = require('../../tools/jest/shared.cjs');

/** Integration tests against real PostgreSQL and Redis (TEST_DATABASE_URL / TEST_REDIS_URL from the runner). */
module.exports = nodeProject('api-int', __dirname, ['<rootDir>/src/**/*.int-spec.ts'], { testTimeout: 60000, maxWorkers: 1 });
