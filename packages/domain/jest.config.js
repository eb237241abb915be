/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  // Jest's default is one worker fewer than the cores: one file at a time on a 2-core CI
  // machine, while the suite runs alone (turbo's --concurrency=1) and could use both.
  maxWorkers: 2,
};
