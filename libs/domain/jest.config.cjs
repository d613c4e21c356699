const { nodeProject } = require('../../tools/jest/shared.cjs');

module.exports = nodeProject('domain', __dirname, ['<rootDir>/src/**/*.spec.ts']);
