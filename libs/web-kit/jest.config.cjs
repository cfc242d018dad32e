module.exports = { ...require('../../jest.preset.cjs'), displayName: 'web-kit', rootDir: __dirname, testEnvironment: 'jsdom' };
