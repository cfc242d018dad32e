import { isNonNullType, type GraphQLSchema } from 'graphql';
import { defectsOf, outcomeOf } from './classify';
import { post } from './client';
import type { IdTable } from './ids';
import { operationFor, rootFields, valueFor, type RootField } from './operations';
import { pick, prng } from './prng';
import { NOT_PROBED, type RoleName } from './roles';

export interface FuzzCase {
  index: number;
  shape: string;
  role: RoleName;
  field: string;
  outcome: string;
  defects: string[];
  /** Enough of the request to read what was sent (the seed and index replay it exactly). */
  sample: string;
}

export interface FuzzOptions {
  gatewayUrl: string;
  schema: GraphQLSchema;
  tokens: Partial<Record<RoleName, string | null>>;
  ids: IdTable;
  seed: number;
  operations: number;
  /** Stops early once spent; the report then says how many ran. */
  budgetMs: number;
  concurrency?: number;
}

const STRINGS = [
  '',
  'a'.repeat(10_000),
  'nul\u0000byte',
  '\u0000',
  'Ⓢ𝕚𝕞𝕡𝕦𝕝 \u202e\u200b ﷽ 🇮🇩',
  '\ud800',
  "' OR 1=1 --",
  '%_\\',
  '<script>alert(1)</script>',
  ' =HYPERLINK("http://x")',
  '2026-13-45',
  '../../etc/passwd',
];
const NUMBERS = [-1, 0, 2 ** 31, -(2 ** 31) - 1, 1e308, 3.5, Number.MAX_SAFE_INTEGER];
const IDS = [
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '1',
  "1' OR '1'='1",
  'x'.repeat(5000),
  'a0000000-0000-0000-0000-00000000000\u0000',
];
const WRONG_TYPES: unknown[] = [null, true, {}, [], [[[[[1]]]]], { a: { b: { c: {} } } }, 'string', 12];

function fuzzValue(random: () => number, typeName: string): unknown {
  const roll = random();
  if (roll < 0.15) return pick(random, WRONG_TYPES);
  if (typeName === 'ID') return pick(random, IDS);
  if (typeName === 'Int' || typeName === 'Float') return pick(random, NUMBERS);
  return pick(random, STRINGS);
}

/** A fuzzed value for every argument: half of them valid, half replaced (at the top or inside an input). */
function fuzzArgs(random: () => number, root: RootField, ids: IdTable): Record<string, unknown> {
  const overrides: Record<string, unknown> = {};
  for (const arg of root.field.args) {
    if (!isNonNullType(arg.type) && random() < 0.5) continue;
    const valid = valueFor(arg.type, arg.name, root.field.name, { ids });
    if (random() < 0.5) {
      overrides[arg.name] = valid;
    } else if (valid && typeof valid === 'object' && !Array.isArray(valid) && random() < 0.6) {
      const keys = Object.keys(valid);
      const key = keys.length > 0 ? pick(random, keys) : 'unexpected';
      overrides[arg.name] = { ...valid, [key]: fuzzValue(random, 'String') };
    } else {
      const named = String(arg.type).replace(/[[\]!]/g, '');
      overrides[arg.name] = fuzzValue(random, named);
    }
  }
  return overrides;
}

type Request = { shape: string; role: RoleName; field: string; body: unknown };

/** One fuzzed request. Queries go as any role; mutations only signed out (a fuzzed write as an
 *  authorised person could change demo rows other suites rely on). */
function nextRequest(random: () => number, roots: RootField[], roles: RoleName[], ids: IdTable): Request {
  const shape = random();
  const queries = roots.filter((root) => root.kind === 'query');
  if (shape < 0.72) {
    const root = pick(random, roots);
    const role = root.kind === 'mutation' ? 'signed-out' : pick(random, roles);
    const overrides = fuzzArgs(random, root, ids);
    return { shape: 'arguments', role, field: root.field.name, body: operationFor(root, { ids }, overrides) };
  }
  if (shape < 0.8) {
    const root = pick(
      random,
      queries.filter((q) => q.field.args.every((arg) => !isNonNullType(arg.type))),
    );
    const count = pick(random, [50, 200, 1000, 3000]);
    const { query } = operationFor(root, { ids });
    const body = query.replace(
      /^query Probe \{ (.*) \}$/,
      (_all, inner: string) => `query { ${Array.from({ length: count }, (_, i) => `a${i}: ${inner}`).join(' ')} }`,
    );
    return { shape: `aliases×${count}`, role: pick(random, roles), field: root.field.name, body: { query: body } };
  }
  if (shape < 0.86) {
    const depth = pick(random, [10, 40, 200]);
    const nested = `${'parent { '.repeat(depth)}id${' }'.repeat(depth)}`;
    return {
      shape: `depth×${depth}`,
      role: pick(random, roles),
      field: 'agency',
      body: { query: `query($id: ID!) { agency(id: $id) { ${nested} } }`, variables: { id: ids.agency } },
    };
  }
  if (shape < 0.9) {
    const count = pick(random, [2, 20, 200]);
    const root = pick(random, queries);
    return {
      shape: `batch×${count}`,
      role: pick(random, roles),
      field: root.field.name,
      body: Array.from({ length: count }, () => operationFor(root, { ids })),
    };
  }
  if (shape < 0.94) {
    const size = pick(random, [200_000, 2_000_000]);
    const root = pick(
      random,
      queries.filter((q) => q.field.args.some((arg) => String(arg.type) === 'String')),
    );
    const arg = root.field.args.find((a) => String(a.type) === 'String')?.name ?? 'x';
    return {
      shape: `body ${size / 1000} kB`,
      role: pick(random, roles),
      field: root.field.name,
      body: operationFor(root, { ids }, { [arg]: 'b'.repeat(size) }),
    };
  }
  const raw = pick(random, [
    '{',
    '{"query": 1}',
    '{"query": "query {"}',
    '{"query": "{ __typename }", "variables": "x"}',
    'null',
    '[]',
    '{"query": "mutation { nope }"}',
    '{"query":"{ me { id } }","operationName":"\\u0000"}',
    '{"query":"{ me { id } }","operationName":"Nope"}',
  ]);
  return { shape: 'malformed', role: pick(random, roles), field: '-', body: raw };
}

export async function runFuzz(options: FuzzOptions): Promise<{ cases: FuzzCase[]; stoppedEarly: boolean }> {
  const random = prng(options.seed);
  const roots = rootFields(options.schema).filter((root) => !(root.field.name in NOT_PROBED));
  const roles = Object.keys(options.tokens) as RoleName[];
  // Drawn up front, in order: the same seed gives the same requests whatever the concurrency.
  const requests = Array.from({ length: options.operations }, () => nextRequest(random, roots, roles, options.ids));
  const deadline = Date.now() + options.budgetMs;
  const cases: FuzzCase[] = [];
  let next = 0;
  let stoppedEarly = false;
  await Promise.all(
    Array.from({ length: options.concurrency ?? 4 }, async () => {
      while (next < requests.length) {
        if (Date.now() > deadline) {
          stoppedEarly = true;
          return;
        }
        const index = next++;
        const request = requests[index];
        const sample = (typeof request.body === 'string' ? request.body : JSON.stringify(request.body)).slice(0, 240);
        try {
          const answer = await post(options.gatewayUrl, request.body, options.tokens[request.role] ?? undefined);
          cases.push({
            index,
            shape: request.shape,
            role: request.role,
            field: request.field,
            outcome: outcomeOf(answer),
            defects: defectsOf(answer).map((defect) => `${defect}: answered ${answer.text.slice(0, 160)}`),
            sample,
          });
        } catch (error) {
          cases.push({
            index,
            shape: request.shape,
            role: request.role,
            field: request.field,
            outcome: 'NO_ANSWER',
            defects: [`no answer: ${(error as Error).message}`],
            sample,
          });
        }
      }
    }),
  );
  cases.sort((a, b) => a.index - b.index);
  return { cases, stoppedEarly };
}
