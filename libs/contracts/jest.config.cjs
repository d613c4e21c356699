const { swcJestConfig, libMapper } = require('../../tools/jest/shared.cjs');

module.exports = {
  displayName: 'contracts',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swcJestConfig] },
  moduleNameMapper: libMapper,
};
