// The lint tier's proof that `julu/api-layers` catches each kind of wrong import (issue 18.2): every
// case below is linted as if it were a file under apps/api/src, and must be reported (or, for the
// allowed ones, must not). Run by the e2e project's lint target; exits non-zero on any miss.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import julu from './api-layers.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

/** [file under apps/api/src, import specifier, expected: a message fragment, or null for allowed]. */
const CASES = [
  ['core/http/x.ts', '../../modules/petitions', 'core/ must not depend on the petitions module'],
  ['core/queue/x.ts', '../../worker/worker.module', 'core/ must not depend on the worker'],
  ['modules/duty/x.ts', '../../worker/worker.module', 'The duty module must not depend on the worker'],
  ['modules/workflow/x.ts', '../petitions/cases/case-scope', 'Reach the petitions module through its index.ts'],
  ['modules/indicators/sources/x.ts', '../../petitions/cases/case-lookups', 'Reach the petitions module through its index.ts'],
  ['main.ts', './modules/duty/rosters/rosters.service', 'Reach the duty module through its index.ts'],
  ['modules/duty/x.ts', '../../../test/test-app', 'must not import the test helpers'],
  ['modules/workflow/x.ts', '../petitions', null],
  ['modules/workflow/transitions/x.ts', '../clocks/clocks.service', null],
  ['worker/x.ts', '../modules/duty', null],
  ['modules/duty/x.ts', '../../core/http/api-errors', null],
];

const eslint = new ESLint({
  cwd: ROOT,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, plugins: { julu }, rules: { 'julu/api-layers': 'error' } }],
});

let failures = 0;
for (const [file, specifier, expected] of CASES) {
  const [result] = await eslint.lintText(`import { x } from '${specifier}';\nexport const y = x;\n`, { filePath: resolve(ROOT, 'apps/api/src', file) });
  const messages = result.messages.map((m) => m.message);
  const ok = expected === null ? messages.length === 0 : messages.some((m) => m.includes(expected));
  if (!ok) {
    failures++;
    console.error(`api-layers check: ${file} importing '${specifier}': expected ${expected === null ? 'no report' : `"${expected}"`}, got ${JSON.stringify(messages)}`);
  }
}
if (failures > 0) process.exit(1);
console.log(`api-layers check: ${CASES.length} imports judged as expected (${CASES.filter((c) => c[2] !== null).length} wrong ones reported).`);
