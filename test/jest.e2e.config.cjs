const { nodeProject } = require('../tools/jest/shared.cjs');

/** HTTP end-to-end tests against the running system (E2E_BASE_URL), and the launcher itself. */
module.exports = nodeProject('e2e-http', __dirname, ['<rootDir>/http/**/*.e2e-spec.ts', '<rootDir>/launcher/**/*.e2e-spec.ts'], {
  testTimeout: 120000,
  maxWorkers: 1,
});
