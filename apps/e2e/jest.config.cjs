module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'e2e',
  rootDir: __dirname,
  // One PostgreSQL and ONE stack (subgraphs, gateway, portal web server) for every suite of the run.
  globalSetup: '<rootDir>/src/harness/global-setup.ts',
  globalTeardown: '<rootDir>/src/harness/global-teardown.ts',
  testTimeout: 60000,
};
