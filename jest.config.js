/** Tests run against real Redis and FerretDB/MongoDB servers started by tests/global-setup.ts. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  roots: ['<rootDir>/src', '<rootDir>/flows', '<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  setupFiles: ['<rootDir>/tests/index-coverage/record-shapes.ts'],
  globalSetup: '<rootDir>/tests/global-setup.ts',
  globalTeardown: '<rootDir>/tests/global-teardown.ts',
  // The index-coverage check counts itself into the results, so it goes before the summaries.
  reporters: [
    '<rootDir>/tests/index-coverage/reporter.js',
    'default',
    '<rootDir>/tests/summary-reporter.js',
  ],
  testTimeout: 30000,
  maxWorkers: 2,
};
