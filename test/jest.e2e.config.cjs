const { swcJestConfig, libMapper } = require('../tools/jest/shared.cjs');

/** HTTP end-to-end tests against the running system (E2E_BASE_URL), and the launcher itself. */
module.exports = {
  displayName: 'e2e-http',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/http/**/*.e2e-spec.ts', '<rootDir>/launcher/**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swcJestConfig] },
  moduleNameMapper: libMapper,
  testTimeout: 120000,
  maxWorkers: 1,
};
