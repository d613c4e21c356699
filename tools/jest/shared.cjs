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

module.exports = { swcJestConfig, libMapper, root };
