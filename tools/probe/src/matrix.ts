import type { GraphQLSchema } from 'graphql';
import { defectsOf, outcomeOf } from './classify';
import { post } from './client';
import type { IdTable } from './ids';
import { operationFor, rootFields, takesId, takesTenantId, type RootField } from './operations';
import { NOT_PROBED, TENANT_ROLES, WRITES_FOR_ANY_ID, type RoleName } from './roles';
import { EXPECTATIONS, SIGNED_OUT_DATA } from './expectations';

export interface MatrixCall {
  role: RoleName;
  field: string;
  kind: 'query' | 'mutation';
  ids: 'home' | 'away' | 'missing';
  outcome: string;
  defects: string[];
  /** The first error message, for the report. */
  message?: string;
}

export interface MatrixOptions {
  gatewayUrl: string;
  schema: GraphQLSchema;
  tokens: Partial<Record<RoleName, string | null>>;
  ids: { home: IdTable; away: IdTable };
  roles: readonly RoleName[];
  concurrency?: number;
}

type Planned = { role: RoleName; root: RootField; ids: MatrixCall['ids'] };

/** Every root field × every role: queries with home ids (and away ids where a tenant id is taken),
 *  mutations with ids that name nothing (and, for tenant roles, other tenants' ids), and those that
 *  take no id signed out only: no demo row changes. */
export function planMatrix(schema: GraphQLSchema, roles: readonly RoleName[]): Planned[] {
  const planned: Planned[] = [];
  for (const role of roles) {
    for (const root of rootFields(schema)) {
      if (root.field.name in NOT_PROBED) continue;
      const tenantBound = takesTenantId(root.field);
      if (root.kind === 'query') {
        planned.push({ role, root, ids: 'home' });
        if (tenantBound) planned.push({ role, root, ids: 'away' });
      } else if (role === 'signed-out' || (takesId(root.field, false) && !WRITES_FOR_ANY_ID.includes(root.field.name))) {
        // A mutation whose required arguments name no row (setNotificationEmail, issueDocument…) would
        // write for a signed-in person: those run signed out only.
        planned.push({ role, root, ids: 'missing' });
        if (tenantBound && TENANT_ROLES.includes(role)) planned.push({ role, root, ids: 'away' });
      }
    }
  }
  return planned;
}

async function pool<T, R>(items: T[], size: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await run(items[index]);
      }
    }),
  );
  return results;
}

export async function runMatrix(options: MatrixOptions): Promise<MatrixCall[]> {
  const planned = planMatrix(options.schema, options.roles);
  return pool(planned, options.concurrency ?? 4, async ({ role, root, ids }) => {
    const table = ids === 'missing' ? null : options.ids[ids];
    const operation = operationFor(root, { ids: table });
    const answer = await post(options.gatewayUrl, operation, options.tokens[role] ?? undefined);
    const body = answer.body as { errors?: { message?: string }[] } | null;
    return {
      role,
      field: root.field.name,
      kind: root.kind,
      ids,
      outcome: outcomeOf(answer),
      defects: defectsOf(answer),
      message: body?.errors?.[0]?.message,
    };
  });
}

/** Every call that breaks a rule: a defect in the answer, a cross-tenant read that answered, signed-out data off the list. */
export function matrixFailures(calls: MatrixCall[]): string[] {
  const failures: string[] = [];
  for (const call of calls) {
    const where = `${call.role} ${call.kind} ${call.field} (${call.ids} ids)`;
    for (const defect of call.defects) failures.push(`${where}: ${defect}${call.message ? ` — ${call.message}` : ''}`);
    if (call.kind === 'mutation' && call.outcome === 'data')
      failures.push(`${where}: a mutation with ids that name nothing or another tenant's answered with data`);
    if (call.role === 'signed-out' && call.outcome === 'data' && !SIGNED_OUT_DATA.includes(call.field))
      failures.push(`${where}: answered a signed-out caller with data (not on the public list)`);
    const expected = EXPECTATIONS.find((rule) => rule.role === call.role && rule.field === call.field && rule.ids === call.ids);
    if (expected && !expected.outcomes.includes(call.outcome))
      failures.push(`${where}: expected ${expected.outcomes.join(' or ')}, got ${call.outcome} (${expected.why})`);
  }
  return failures;
}
