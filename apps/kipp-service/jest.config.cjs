// Real PostgreSQL: one embedded server per run (or DATABASE_URL), a database per test file.
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'kipp-service',
  rootDir: __dirname,
  globalSetup: '<rootDir>/../../libs/service-kit/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/../../libs/service-kit/src/testing/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
};
