const { nodeProject } = require('../tools/jest/shared.cjs');

/** Browser end-to-end tests: headless Chromium (playwright-core) drives the built web app. */
module.exports = nodeProject('browser', __dirname, ['<rootDir>/browser/**/*.e2e-spec.ts'], { testTimeout: 60000, maxWorkers: 1 });
