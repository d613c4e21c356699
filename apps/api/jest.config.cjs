const { nodeProject } = require('../../tools/jest/shared.cjs');

/** Unit tests: no database, no Redis. */
module.exports = nodeProject('api', __dirname, ['<rootDir>/src/**/*.spec.ts']);
