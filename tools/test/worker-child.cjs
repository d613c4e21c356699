/**
 * Runs the worker entry point (apps/api/src/worker.ts) from source in a child process, compiled on
 * the fly by SWC with the same settings as the Jest transform. Fault tests start it, kill it with
 * SIGKILL mid-work and start it again, as a crashed production worker would be.
 */
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const { transformSync } = require('@swc/core');

const root = path.resolve(__dirname, '../..');
const aliases = {
  '@julu/contracts': path.join(root, 'libs/contracts/src/index.ts'),
  '@julu/domain': path.join(root, 'libs/domain/src/index.ts'),
};

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, aliases[request] ?? request, ...rest);
};

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};

require(path.join(root, 'apps/api/src/worker.ts'));
