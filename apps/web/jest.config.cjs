const path = require('node:path');

const root = path.resolve(__dirname, '../..');

/** Unit tests of the web app (jest-preset-angular, zoneless). */
module.exports = {
  displayName: 'web',
  rootDir: __dirname,
  preset: 'jest-preset-angular',
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: {
    '^.+\\.(ts|mjs|js|html)$': ['jest-preset-angular', { tsconfig: '<rootDir>/tsconfig.spec.json', stringifyContentPathRegex: '\\.(html|svg)$' }],
  },
  transformIgnorePatterns: ['node_modules/(?!.*\\.mjs$)'],
  moduleNameMapper: {
    '^@julu/contracts$': path.join(root, 'libs/contracts/src/index.ts'),
    '^@julu/domain$': path.join(root, 'libs/domain/src/index.ts'),
  },
};
