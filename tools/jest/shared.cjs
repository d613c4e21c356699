const path = require('node:path');

const root = path.resolve(__dirname, '../..');

/** SWC settings that keep Nest's decorator metadata. */
const swcJestConfig = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

const libMapper = {
  '^@julu/contracts$': path.join(root, 'libs/contracts/src/index.ts'),
  '^@julu/domain$': path.join(root, 'libs/domain/src/index.ts'),
};

/** A jest project for Node-side TypeScript (libs, API, end-to-end suites), transformed by SWC. */
function nodeProject(displayName, rootDir, testMatch, extra = {}) {
  return {
    displayName,
    rootDir,
    testEnvironment: 'node',
    testMatch,
    transform: { '^.+\\.ts$': ['@swc/jest', swcJestConfig] },
    moduleNameMapper: libMapper,
    ...extra,
  };
}

module.exports = { swcJestConfig, libMapper, root, nodeProject };
