const { swcJestConfig, libMapper } = require('../tools/jest/shared.cjs');

/** Browser end-to-end tests: headless Chromium (playwright-core) drives the built web app. */
module.exports = {
  displayName: 'browser',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/browser/**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swcJestConfig] },
  moduleNameMapper: libMapper,
  testTimeout: 60000,
  maxWorkers: 1,
};
