import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PluginScope } from '@simpul/contracts';
import type { PluginTokenClaims } from '@simpul/service-kit';
import {
  buildSchema,
  getVariableValues,
  GraphQLError,
  Kind,
  parse,
  validate,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { narrowPluginOperation } from './plugin-narrowing';

// The committed supergraph: the narrowing is tested against the fields plugins really meet.
const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../supergraph.graphql'), 'utf8'));

const unit = 'unit-samsat-kalsel';
const grant = (scopes: PluginScope[], mallId: string | null = 'mall-banjarmasin', deskId: string | null = null): PluginTokenClaims => ({
  pluginId: 'plugin-1',
  userId: 'user-desk-1',
  serviceUnitId: unit,
  agencyId: 'agency-samsat',
  mallId,
  deskId,
  scopes,
  exp: 0,
});
const indicators = grant(['UNIT_INDICATORS_READ']);

/** Narrows `query` (which must be valid against the supergraph) for `claims`; the refusal or null. */
function narrow(query: string, claims: PluginTokenClaims, variables: Record<string, unknown> = {}): GraphQLError | null {
  const document = parse(query);
  const invalid = validate(schema, document);
  if (invalid.length > 0) throw new Error(`the test query is invalid: ${invalid.map(String).join('; ')}`);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error('no operation');
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) throw new Error(coerced.errors.map(String).join('; '));
  try {
    narrowPluginOperation({ schema, operation, fragments, variables: coerced.coerced, grant: claims });
    return null;
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
}

function expectForbidden(error: GraphQLError | null, field: RegExp): void {
  expect(error).not.toBeNull();
  expect(error?.extensions).toMatchObject({ code: 'FORBIDDEN', messages: { id: expect.any(String), en: expect.any(String) } });
  expect(error?.message).toMatch(field);
  expect((error?.extensions.messages as { id: string }).id).toMatch(field);
}

const UNIT_INDICATORS = `
  query Indicators($unit: ID!) {
    __typename
    serviceUnit(id: $unit) {
      name
      ippResults { year index category { code } }
      latestIkm { value periodLabel }
      services(first: 5) { edges { node { name standard { component published } } } }
    }
    unitLokus(serviceUnitId: $unit) { cycleId result { index } }
    skmResults(year: 2026, serviceUnitId: $unit) { totalCount }
  }`;

describe('narrowing a plugin operation', () => {
  it("lets a plugin read its unit's indicators, also through variables", () => {
    expect(narrow(UNIT_INDICATORS, indicators, { unit })).toBeNull();
    expect(
      narrow(
        `{ services(filter: { serviceUnitId: "${unit}" }) { totalCount } gapAnalysis(serviceUnitId: "${unit}") { reachable } }`,
        indicators,
      ),
    ).toBeNull();
  });

  it('refuses a mutation, naming it', () => {
    const error = narrow(`mutation { archiveServiceUnit(id: "${unit}") { id } }`, indicators);
    expectForbidden(error, /archiveServiceUnit/);
    expect(error?.extensions.http).toEqual({ status: 403 });
  });

  it("refuses a field outside the token's scopes, naming it", () => {
    expectForbidden(narrow('{ agencies(first: 1) { totalCount } }', indicators), /`agencies`/);
    expectForbidden(narrow(`{ mall(id: "mall-banjarmasin") { name } }`, indicators), /`mall`/);
    expectForbidden(narrow(`{ me { id } }`, grant(['MPP_DESK_SCHEDULE_READ'])), /`me`/);
  });

  it("refuses another unit's id as a literal, a variable, under an alias and in fragments", () => {
    expectForbidden(narrow('{ serviceUnit(id: "unit-other") { name } }', indicators), /`id`.*`serviceUnit`/);
    expectForbidden(narrow(UNIT_INDICATORS, indicators, { unit: 'unit-other' }), /serviceUnit/);
    expectForbidden(
      narrow(`{ mine: serviceUnit(id: "${unit}") { name } theirs: serviceUnit(id: "unit-other") { name } }`, indicators),
      /serviceUnit/,
    );
    expectForbidden(
      narrow(
        `query { serviceUnit(id: "${unit}") { name } ...Other } fragment Other on Query { unitLokus(serviceUnitId: "unit-other") { id } }`,
        indicators,
      ),
      /unitLokus/,
    );
    expectForbidden(narrow('query { ... on Query { gapAnalysis(serviceUnitId: "unit-other") { reachable } } }', indicators), /gapAnalysis/);
    expectForbidden(
      narrow('query($f: ServiceFilter) { services(filter: $f) { totalCount } }', indicators, { f: { serviceUnitId: 'unit-other' } }),
      /serviceUnitId/,
    );
  });

  it('refuses a unit-bound field that does not name the unit at all', () => {
    expectForbidden(narrow('{ skmResults(year: 2026) { totalCount } }', indicators), /skmResults/);
    expectForbidden(narrow('{ services(first: 5) { totalCount } }', indicators), /services/);
  });

  it('refuses another mall or agency named next to its unit', () => {
    expectForbidden(
      narrow(`{ skmResults(year: 2026, serviceUnitId: "${unit}", mallId: "mall-other") { totalCount } }`, indicators),
      /mallId/,
    );
    expectForbidden(
      narrow(`{ services(filter: { serviceUnitId: "${unit}", agencyId: "agency-other" }) { totalCount } }`, indicators),
      /agencyId/,
    );
  });

  it("lets the desk schedule scope read its mall's desk days (its desk's when the token names one), and nothing else", () => {
    const schedule = grant(['MPP_DESK_SCHEDULE_READ']);
    const query = `query($mall: ID!, $desk: ID) {
      deskDays(mallId: $mall, from: "2026-06-01", to: "2026-06-07", deskId: $desk) { totalCount edges { node { date visitors desk { number } } } }
    }`;
    expect(narrow(query, schedule, { mall: 'mall-banjarmasin' })).toBeNull();
    expect(narrow(query, schedule, { mall: 'mall-banjarmasin', desk: 'desk-3' })).toBeNull();
    expectForbidden(narrow(query, schedule, { mall: 'mall-other' }), /mallId/);
    // A token naming a desk reads that desk's days only.
    const atDesk = grant(['MPP_DESK_SCHEDULE_READ'], 'mall-banjarmasin', 'desk-3');
    expect(narrow(query, atDesk, { mall: 'mall-banjarmasin', desk: 'desk-3' })).toBeNull();
    expectForbidden(narrow(query, atDesk, { mall: 'mall-banjarmasin', desk: 'desk-4' }), /deskId/);
    expectForbidden(narrow(query, atDesk, { mall: 'mall-banjarmasin' }), /deskId/);
    // A token without a mall (a unit page, a desk home): the schedule scope reads nothing.
    expectForbidden(narrow(query, grant(['MPP_DESK_SCHEDULE_READ'], null), { mall: 'mall-banjarmasin' }), /mallId/);
    // Without the scope, the same query is refused.
    expectForbidden(narrow(query, indicators, { mall: 'mall-banjarmasin' }), /`deskDays`/);
    // Nothing else of the mall: not the mall itself, its tenancies, nor what a desk day leads to.
    expectForbidden(narrow('{ mall(id: "mall-banjarmasin") { name } }', schedule), /`mall`/);
    expectForbidden(
      narrow('{ tenancies(filter: { mallId: "mall-banjarmasin", agencyId: "agency-samsat" }) { totalCount } }', schedule),
      /`tenancies`/,
    );
    expectForbidden(
      narrow(
        '{ deskDays(mallId: "mall-banjarmasin", from: "2026-06-01", to: "2026-06-07") { edges { node { tenancy { id } } } } }',
        schedule,
      ),
      /`DeskDay.tenancy`/,
    );
    expectForbidden(
      narrow(
        '{ deskDays(mallId: "mall-banjarmasin", from: "2026-06-01", to: "2026-06-07") { edges { node { desk { mall { id } } } } } }',
        schedule,
      ),
      /`Desk.mall`/,
    );
  });

  it('lets the example Samsat plugin read its unit IPP', () => {
    // The query of examples/samsat-tax-plugin (src/unit-ipp-query.ts).
    const query =
      'query SamsatPluginUnitIpp($id: ID!) { serviceUnit(id: $id) { id name ippResults { year cycleName index category { code label labelEn } origin } } }';
    expect(narrow(query, indicators, { id: unit })).toBeNull();
  });

  it('refuses nested fields outside its scopes, naming them', () => {
    expectForbidden(narrow(`{ serviceUnit(id: "${unit}") { name changes { totalCount } } }`, indicators), /`ServiceUnit.changes`/);
    expectForbidden(narrow(`{ serviceUnit(id: "${unit}") { innovations { totalCount } } }`, indicators), /`ServiceUnit.innovations`/);
    expectForbidden(narrow(`{ unitLokus(serviceUnitId: "${unit}") { scores { __typename } } }`, indicators), /`Lokus.scores`/);
    expectForbidden(
      narrow(
        `{ unitLokus(serviceUnitId: "${unit}") { ...Evaluators } } fragment Evaluators on Lokus { assignments { __typename } }`,
        indicators,
      ),
      /`Lokus.assignments`/,
    );
    const schedule = grant(['MPP_DESK_SCHEDULE_READ']);
    expectForbidden(
      narrow(
        '{ deskDays(mallId: "mall-banjarmasin", from: "2026-06-01", to: "2026-06-07") { edges { node { desk { changes { totalCount } } } } } }',
        schedule,
      ),
      /`Desk.changes`/,
    );
    // Not even with both scopes: a desk day's services and the mall's managing unit stay closed.
    expectForbidden(
      narrow(
        '{ deskDays(mallId: "mall-banjarmasin", from: "2026-06-01", to: "2026-06-07") { edges { node { services { visitors } } } } }',
        grant(['MPP_DESK_SCHEDULE_READ', 'UNIT_INDICATORS_READ']),
      ),
      /`DeskDay.services`/,
    );
  });

  it('refuses introspection', () => {
    expectForbidden(narrow('{ __schema { queryType { name } } }', indicators), /__schema/);
    expectForbidden(narrow('{ __type(name: "ServiceUnit") { name } }', indicators), /__type/);
  });
});
