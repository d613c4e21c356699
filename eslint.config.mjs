import nx from '@nx/eslint-plugin';
import angular from 'angular-eslint';
import julu from './tools/eslint/api-layers.mjs';

/**
 * One lint configuration for the workspace: zero warnings (every target runs --max-warnings 0),
 * type-aware rules for promises and exhaustive switches, and Nx module boundaries by scope tag.
 */
export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/node_modules', '**/.nx', '**/.angular', '**/tmp', '**/coverage', '**/.data', '**/test-results'],
  },
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description' }],
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.ts', '**/*.js', '**/*.cjs', '**/*.mjs'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    // Boundaries between projects apply to product code; tests and their helpers (apps/api/test)
    // may use the test services in tools/.
    files: ['apps/*/src/**/*.ts', 'libs/*/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.fault-spec.ts', '**/*.e2e-spec.ts', 'apps/api/test/**'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
    },
  },
  {
    // The API's layers (docs/ARCHITECTURE.md): core ↛ modules, a module only through its index.ts,
    // product code ↛ test helpers. Specs may look inside what they test.
    files: ['apps/api/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.fault-spec.ts', 'apps/api/test/**'],
    plugins: { julu },
    rules: { 'julu/api-layers': 'error' },
  },
  {
    // The shared libraries stay framework-free: no Nest, TypeORM, BullMQ or Angular.
    files: ['libs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', 'typeorm', 'typeorm/*', 'bullmq', 'ioredis', '@angular/*', 'ng-zorro-antd', 'ng-zorro-antd/*'],
              message: 'libs/contracts and libs/domain must stay framework-free.',
            },
          ],
        },
      ],
    },
  },
  // The Angular app: angular-eslint's recommended and accessibility rules, templates included.
  ...angular.configs.tsRecommended.map((c) => ({ ...c, files: ['apps/web/**/*.ts'] })),
  {
    files: ['apps/web/**/*.ts'],
    processor: angular.processInlineTemplates,
    rules: {
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'app', style: 'kebab-case' }],
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'app', style: 'camelCase' }],
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
      '@angular-eslint/prefer-standalone': 'error',
      '@angular-eslint/no-async-lifecycle-method': 'error',
    },
  },
  ...angular.configs.templateRecommended.map((c) => ({ ...c, files: ['apps/web/**/*.html'] })),
  ...angular.configs.templateAccessibility.map((c) => ({ ...c, files: ['apps/web/**/*.html'] })),
  {
    files: ['apps/web/**/*.html'],
    rules: {
      '@angular-eslint/template/prefer-control-flow': 'error',
      // app-date-field renders the picker's <input>; a <label> around it names that input. A
      // <label nz-checkbox | nz-radio | nz-radio-button> is ng-zorro's own host: the component renders
      // its <input> inside that label, so the label's text names it. The rule counts a label as
      // associated when one of `inputs` is present, so these hosts pass while a bare <label> still fails.
      '@angular-eslint/template/label-has-associated-control': [
        'error',
        {
          controlComponents: ['app-date-field'],
          labelComponents: [{ selector: 'label', inputs: ['for', 'htmlFor', 'nz-checkbox', 'nz-radio', 'nz-radio-button'] }],
        },
      ],
      '@angular-eslint/template/prefer-self-closing-tags': 'error',
      '@angular-eslint/template/no-any': 'error',
    },
  },
  {
    files: ['**/*.cjs', '**/*.mjs'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off', 'no-console': 'off' },
  },
  {
    files: ['tools/**/*', 'test/**/*'],
    rules: { 'no-console': 'off' },
  },
];
