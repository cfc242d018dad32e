module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'web-kit',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  // react-router (the navigation blocker's history) needs the WHATWG encoders jsdom lacks.
  setupFiles: ['<rootDir>/../ui/testing/jsdom-polyfills.cjs'],
};
