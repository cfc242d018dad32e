module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'portal',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  // Whole pages render here: generous for a loaded machine; a test's own waits (asyncUtilTimeout) stay shorter.
  testTimeout: 120_000,
  setupFiles: ['<rootDir>/../../libs/ui/src/testing/jsdom-setup.ts', '<rootDir>/../../libs/ui/testing/jsdom-polyfills.cjs'],
  moduleNameMapper: { ...require('../../jest.preset.cjs').moduleNameMapper, '\\.css$': '<rootDir>/src/testing/style-stub.ts' },
};
