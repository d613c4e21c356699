import { dirname, relative, resolve, sep } from 'node:path';

/**
 * The API's layering (docs/ARCHITECTURE.md), enforced by lint on product code under apps/api/src:
 * - core/ never imports a domain module (modules/*) or the worker;
 * - a module never imports the worker: its background work is its own `<X>JobsModule`, which the
 *   worker imports through the module's index.ts;
 * - code outside a module reaches it only through its index.ts (its public surface);
 * - product code never imports the test helpers (apps/api/test).
 * Specs are exempt: a test may look inside what it tests.
 */
const SRC = resolve(import.meta.dirname, '../../apps/api/src');
const TEST_HELPERS = resolve(import.meta.dirname, '../../apps/api/test');

function areaOf(file) {
  const parts = relative(SRC, file).split(sep);
  if (parts[0] === 'modules' && parts.length >= 2) return { top: 'modules', module: parts[1].replace(/\.ts$/, ''), rest: parts.slice(2).join('/') };
  return { top: parts[0], module: null, rest: parts.slice(1).join('/') };
}

function problem(importer, target) {
  const from = areaOf(importer);
  const to = areaOf(target);
  if (!relative(TEST_HELPERS, target).startsWith('..')) return 'Product code must not import the test helpers (apps/api/test).';
  if (relative(SRC, target).startsWith('..')) return null;
  if (from.top === 'core' && (to.top === 'modules' || to.top === 'worker'))
    return `core/ must not depend on ${to.top === 'worker' ? 'the worker' : `the ${to.module} module`}; pass what it needs in from the composition root.`;
  if (from.top === 'modules' && to.top === 'worker')
    return `The ${from.module} module must not depend on the worker; put its jobs in its own JobsModule, exported from its index.ts.`;
  if (to.top === 'modules' && to.module !== from.module && to.rest !== 'index' && to.rest !== '') {
    return `Reach the ${to.module} module through its index.ts (modules/${to.module}), not ${relative(SRC, target)}.`;
  }
  return null;
}

export const apiLayers = {
  meta: { type: 'problem', docs: { description: 'The API layering of docs/ARCHITECTURE.md' }, schema: [] },
  create(context) {
    const file = context.filename;
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const message = problem(file, resolve(dirname(file), spec));
      if (message) context.report({ node: node.source, message });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

export default { rules: { 'api-layers': apiLayers } };
