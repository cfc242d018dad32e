import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { collectOperations, sourceFilesUnder } from './operation-sources';
import { describeProblem, problemsOf, typingProblem } from './validate-operations';

let root: string;

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'contract-'));
  write(
    'tsconfig.base.json',
    JSON.stringify({ compilerOptions: { module: 'esnext', moduleResolution: 'bundler', paths: { '@kit': ['./kit/index.ts'] } } }),
  );
  write('kit/index.ts', "export * from './page';\nexport { FIELDS as UNIT_FIELDS } from './fields';\n");
  write(
    'kit/page.ts',
    "export const PAGE_INFO = 'totalCount pageInfo { hasNextPage endCursor }';\nexport const connectionOf = (fields: string, first = 10) => `(first: ${first}) { edges { node { ${fields} } } ${PAGE_INFO} }`;\n",
  );
  write('kit/fields.ts', "export const FIELDS = ['id', 'name'] as const;\n");
  write(
    'app/src/units.operations.ts',
    [
      "import { connectionOf, UNIT_FIELDS } from '@kit';",
      "const gql = <A, B>(s: TemplateStringsArray, ...v: string[]): [A, B] | string => s.join('') + v.join('');",
      "export const UNITS = gql<UnitsQuery, UnitsQueryVariables>`query Units { units${connectionOf(UNIT_FIELDS.join(' '))} }`;",
      'export function dynamic(field: string) { return gql`query Dynamic { ${field} }`; }',
    ].join('\n'),
  );
  write('app/src/units.spec.ts', 'const gql = String.raw; export const FAKE = gql`query Fake { nothing }`;');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('reading operations from the source', () => {
  it('resolves constants, lists, helpers with defaults and re-exports through path aliases', () => {
    const { operations } = collectOperations(root, sourceFilesUnder(root, ['app/src']));
    expect(operations).toEqual([
      {
        file: 'app/src/units.operations.ts',
        line: 3,
        constant: 'UNITS',
        source: 'query Units { units(first: 10) { edges { node { id name } } totalCount pageInfo { hasNextPage endCursor } } }',
        typeArguments: ['UnitsQuery', 'UnitsQueryVariables'],
      },
    ]);
  });

  it('names a template whose text depends on values known only when the code runs', () => {
    const { unreadable } = collectOperations(root, sourceFilesUnder(root, ['app/src']));
    expect(unreadable).toEqual([{ file: 'app/src/units.operations.ts', line: 4, reason: '`field` is not a constant' }]);
  });

  it('leaves spec files, whose payloads are fakes, out', () => {
    expect(sourceFilesUnder(root, ['app/src'])).toEqual(['app/src/units.operations.ts']);
  });
});

describe('validating an operation', () => {
  const schema = buildSchema('type Query { units: [Unit!]! } type Unit { id: ID! name: String! }');
  const at = { file: 'app/src/units.operations.ts', line: 3, constant: 'UNITS', typeArguments: [] };

  it('names the file, the operation and the error for a renamed field', () => {
    expect(problemsOf(schema, { ...at, source: 'query Units { units { id title } }' }).map(describeProblem)).toEqual([
      'app/src/units.operations.ts:3 Units: Cannot query field "title" on type "Unit".',
    ]);
  });

  it('refuses anonymous operations and text that does not parse', () => {
    expect(problemsOf(schema, { ...at, source: '{ units { id } }' }).map(describeProblem)).toEqual([
      'app/src/units.operations.ts:3 (anonymous): A `gql` template holds exactly one named operation.',
    ]);
    expect(problemsOf(schema, { ...at, source: 'query Units { units { id }' })[0]?.message).toMatch(/Syntax Error/);
  });

  it('accepts a valid operation', () => {
    expect(problemsOf(schema, { ...at, source: 'query Units { units { id name } }' })).toEqual([]);
  });
});

describe('typing an operation in a remote with generated types', () => {
  const at = { file: 'app/src/units.operations.ts', line: 3, constant: 'UNITS', source: 'query Units { units { id } }' };

  it('accepts the types generated for that operation', () => {
    expect(typingProblem({ ...at, typeArguments: ['UnitsQuery', 'UnitsQueryVariables'] })).toBeNull();
  });

  it('names a template typed by hand', () => {
    expect(typingProblem({ ...at, typeArguments: ['{ units: Unit[] }'] })).toBe(
      'app/src/units.operations.ts:3 Units: typed gql<{ units: Unit[] }>, expected gql<UnitsQuery, UnitsQueryVariables> from __generated__/operations',
    );
  });
});
