module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'ui',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  // Whole pages render here: generous for a loaded machine; a test's own waits (asyncUtilTimeout) stay shorter.
  testTimeout: 120_000,
  setupFiles: ['<rootDir>/src/testing/jsdom-setup.ts', '<rootDir>/testing/jsdom-polyfills.cjs'],
};
