/**
 * Browser end-to-end tests: the built platform (API + web app + embedded PostgreSQL with demo
 * data) is started once by the global setup and driven by headless Chromium through
 * playwright-core. Build first: `pnpm build` at the repository root.
 */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  roots: ['<rootDir>/e2e'],
  testMatch: ['<rootDir>/e2e/**/*.e2e.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
      },
    ],
  },
  globalSetup: '<rootDir>/e2e/support/global-setup.ts',
  globalTeardown: '<rootDir>/e2e/support/global-teardown.ts',
  // One platform, one browser at a time: the scenarios build on each other's data.
  maxWorkers: 1,
  // Jest's order, but the call journey's first half first and its second half last.
  testSequencer: '<rootDir>/jest.e2e.sequencer.cjs',
  // A scenario drives several pages through the real platform; on a loaded 2-core machine
  // one takes 80 s where it takes 25 s alone. Each step still waits at most 10 s for its element.
  testTimeout: 180000,
  slowTestThreshold: 30,
};
