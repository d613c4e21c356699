const { nodeProject } = require('../../tools/jest/shared.cjs');

module.exports = nodeProject('contracts', __dirname, ['<rootDir>/src/**/*.spec.ts']);
