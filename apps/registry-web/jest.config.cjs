module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'registry-web',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  // Forms are filled without typing delays; the timeout only guards against a hang on a busy machine.
  testTimeout: 120_000,
  setupFiles: ['<rootDir>/../../libs/ui/src/testing/jsdom-setup.ts', '<rootDir>/../../libs/ui/testing/jsdom-polyfills.cjs'],
};
