// Each gateway test starts real HTTP servers; give them room when the machine is busy.
module.exports = { ...require('../../jest.preset.cjs'), displayName: 'gateway', rootDir: __dirname, testTimeout: 30000 };
