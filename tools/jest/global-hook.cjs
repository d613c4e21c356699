const Module = require('node:module');
const { libMapper } = require('./shared.cjs');

/**
 * Loads a TypeScript jest globalSetup/globalTeardown module with the projects' library aliases
 * (@julu/contracts, @julu/domain): jest transforms such modules but does not apply
 * moduleNameMapper to them. Returns the module's default export.
 */
function loadGlobalHook(file) {
  const aliases = Object.entries(libMapper).map(([pattern, target]) => [new RegExp(pattern), target]);
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function resolveWithAliases(request, ...rest) {
    const alias = aliases.find(([pattern]) => pattern.test(request));
    return resolve.call(this, alias ? alias[1] : request, ...rest);
  };
  try {
    return require(file).default;
  } finally {
    Module._resolveFilename = resolve;
  }
}

module.exports = { loadGlobalHook };
