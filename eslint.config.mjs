// One lint setup for the whole repository. Dependency direction is enforced here, not in
// prose: packages/domain imports neither app; web and api never import each other.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import boundaries from 'eslint-plugin-boundaries';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.turbo/**',
      '**/coverage/**',
      'apps/web/src/generated/**',
      '**/*.config.js',
      '**/*.config.cjs',
      '.data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['apps/api/**/*.ts'],
    rules: {
      // Nest's dependency injection reads constructor parameter types at run time.
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    // Transactions start in one place (platform/database/transactions.ts), which retries
    // deadlocks and maps lost races to CONFLICT; elsewhere a use case calls Transactions.run.
    files: ['apps/api/src/**/*.ts'],
    ignores: ['apps/api/src/platform/database/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(transaction|createQueryRunner|startTransaction)$/]',
          message:
            'Run the use case in Transactions.run (or Transactions.savepoint): it retries deadlocks in one place.',
        },
        {
          selector: "CallExpression[callee.property.name='withTransaction']",
          message: 'Run the use case in Transactions.run: it retries deadlocks in one place.',
        },
      ],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    plugins: { boundaries },
    settings: {
      'boundaries/elements': [
        { type: 'domain', pattern: 'packages/domain/**' },
        { type: 'api', pattern: 'apps/api/**' },
        { type: 'web', pattern: 'apps/web/**' },
      ],
      'boundaries/dependency-nodes': ['import'],
      'boundaries/root-path': import.meta.dirname,
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
    },
    rules: {
      'boundaries/element-types': [
        'error',
        {
          default: 'disallow',
          rules: [
            { from: 'domain', allow: ['domain'] },
            { from: 'api', allow: ['api', 'domain'] },
            { from: 'web', allow: ['web', 'domain'] },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@spillover/api', '@spillover/web', '**/apps/**'],
              message: 'The domain imports nothing from the apps.',
            },
            {
              group: ['fs', 'node:*', 'pg', 'typeorm', 'react', '@nestjs/*'],
              message: 'The domain does no I/O and knows no framework.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
