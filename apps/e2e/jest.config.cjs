module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'e2e',
  rootDir: __dirname,
  globalSetup: '<rootDir>/../../libs/service-kit/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/../../libs/service-kit/src/testing/global-teardown.ts',
  testTimeout: 60000,
};
