const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
/** Every project's unit-test config in one jest run (one report for the summary). */
module.exports = {
  rootDir: root,
  projects: ['libs/contracts', 'libs/domain', 'apps/api', 'apps/web', 'tools'].map((p) => path.join(root, p, 'jest.config.cjs')).filter((p) => fs.existsSync(p)),
};
