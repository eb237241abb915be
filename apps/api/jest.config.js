// Unit specs sit beside the code; integration specs under test/ run through GraphQL on a real
// PostgreSQL (embedded by default, DATABASE_URL when set), one cloned database per file.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.int-spec.ts'],
  // pg-boss and a few of its dependencies ship only ES modules, which Jest's CommonJS
  // sandbox cannot load: compile them like our own code so tests run real jobs in-process.
  transform: { '^.+\\.ts$': swc, '/node_modules/.+\\.js$': swc },
  transformIgnorePatterns: [
    '/node_modules/\\.pnpm/(?!(pg-boss|rrule-temporal|temporal-spec|serialize-error|non-error)@)',
  ],
  moduleNameMapper: { '^@spillover/domain$': '<rootDir>/../../packages/domain/src/index.ts' },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30000,
  maxWorkers: 2,
};
