module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'service-kit',
  rootDir: __dirname,
  // The testing harness tests itself against a real PostgreSQL, like every service does.
  globalSetup: '<rootDir>/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/src/testing/global-teardown.ts',
  testTimeout: 60000,
};
