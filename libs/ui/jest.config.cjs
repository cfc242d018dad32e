module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'ui',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  setupFiles: ['<rootDir>/src/testing/jsdom-setup.ts', '<rootDir>/testing/jsdom-polyfills.cjs'],
};
