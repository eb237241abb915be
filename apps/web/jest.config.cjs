/** Component and unit tests in jsdom; TypeScript and JSX compiled by SWC. */
module.exports = {
  testEnvironment: '<rootDir>/jest.environment.cjs',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
  setupFilesAfterEnv: ['<rootDir>/jest.setup.cjs'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '\\.(css)$': 'identity-obj-proxy',
    '^@spillover/domain$': '<rootDir>/../../packages/domain/src/index.ts',
  },
  // Form specs type whole forms key by key: 5-10 s alone, three times that on a loaded machine.
  testTimeout: 60000,
  // Jest's default is one worker fewer than the cores: on a 2-core CI machine that is one file
  // at a time, while the suite runs alone (turbo's --concurrency=1) and could use both.
  maxWorkers: 2,
};
