module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'samsat-tax-plugin',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  testTimeout: 30_000,
  setupFiles: ['<rootDir>/../../libs/ui/src/testing/jsdom-setup.ts', '<rootDir>/../../libs/ui/testing/jsdom-polyfills.cjs'],
};
