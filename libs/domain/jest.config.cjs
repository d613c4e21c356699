const { swcJestConfig, libMapper } = require('../../tools/jest/shared.cjs');

module.exports = {
  displayName: 'domain',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swcJestConfig] },
  moduleNameMapper: libMapper,
};
