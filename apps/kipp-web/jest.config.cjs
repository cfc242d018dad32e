module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'kipp-web',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  setupFiles: ['<rootDir>/../../libs/ui/src/testing/jsdom-setup.ts', '<rootDir>/../../libs/ui/testing/jsdom-polyfills.cjs'],
};
