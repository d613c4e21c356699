const path = require('node:path');
const { loadGlobalHook } = require('../../tools/jest/global-hook.cjs');

module.exports = loadGlobalHook(path.join(__dirname, 'test/int-global-setup.ts'));
