module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'mpp-web',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  // Generous, for a loaded machine; a test's own waits (asyncUtilTimeout) are shorter.
  testTimeout: 120_000,
  setupFiles: ['<rootDir>/../../libs/ui/src/testing/jsdom-setup.ts', '<rootDir>/../../libs/ui/testing/jsdom-polyfills.cjs'],
};
