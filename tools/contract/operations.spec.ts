import path from 'node:path';
import { parse } from 'graphql';
import { apiSchema } from './api-schema';
import { CLIENT_SOURCE_DIRS, GENERATED_CLIENTS } from './clients';
import { collectOperations, sourceFilesUnder } from './operation-sources';
import { describeProblem, operationName, problemsOf, typingProblem } from './validate-operations';

const root = path.resolve(__dirname, '../..');
const schema = apiSchema(root);
const { operations, unreadable } = collectOperations(root, sourceFilesUnder(root, CLIENT_SOURCE_DIRS));

// A renamed or removed field, a wrong argument or variable type in any remote fails here, naming
// the file, the operation and what the gateway would answer, before a browser ever sends it.
describe('the operations the portal and the remotes send', () => {
  it('are all read from the source (every `gql` interpolation is a constant or a one-expression helper)', () => {
    expect(unreadable.map((u) => `${u.file}:${u.line}: ${u.reason}`)).toEqual([]);
  });

  it.each(CLIENT_SOURCE_DIRS)('in %s are valid against the API schema of apps/gateway/supergraph.graphql', (dir) => {
    const mine = operations.filter((operation) => operation.file.startsWith(`${dir}/`));
    expect(mine.flatMap((operation) => problemsOf(schema, operation)).map(describeProblem)).toEqual([]);
  });

  it.each(CLIENT_SOURCE_DIRS)('in %s have names used once in that app', (dir) => {
    const files = new Map<string, string[]>();
    for (const operation of operations.filter((o) => o.file.startsWith(`${dir}/`))) {
      let name: string;
      try {
        name = operationName(parse(operation.source));
      } catch {
        continue; // reported by the validity check
      }
      files.set(name, [...(files.get(name) ?? []), `${operation.file}:${operation.line}`]);
    }
    expect([...files].filter(([, where]) => where.length > 1).map(([name, where]) => `${name}: ${where.join(', ')}`)).toEqual([]);
  });

  it.each(GENERATED_CLIENTS)('in %s are typed with the types generated for them', (app) => {
    const mine = operations.filter((operation) => operation.file.startsWith(`${app}/`));
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.map(typingProblem).filter((problem) => problem !== null)).toEqual([]);
  });

  it('include the remotes’ and the portal’s own (the scan sees them)', () => {
    for (const dir of CLIENT_SOURCE_DIRS.filter((d) => d.startsWith('apps/'))) {
      expect(operations.some((operation) => operation.file.startsWith(`${dir}/`))).toBe(true);
    }
  });
});
