import { buildSchema, getVariableValues, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { measureOperation, type QueryMeasure } from './query-measure';

// The shape of the registry contract: connections with `first`, plain lists, nested entities.
const schema = buildSchema(`
  interface Node { id: ID! }
  type Region implements Node { id: ID! code: String! parent: Region }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type ServiceUnitConnection { totalCount: Int! edges: [ServiceUnitEdge!]! pageInfo: PageInfo! }
  type ServiceUnitEdge { cursor: String! node: ServiceUnit! }
  type ServiceUnit implements Node { id: ID! name: String! region: Region! services(first: Int = 20, after: String): ServiceConnection! }
  type ServiceConnection { totalCount: Int! edges: [ServiceEdge!]! }
  type ServiceEdge { node: Service! }
  type Service implements Node { id: ID! missing: [String!]! standard: [Component!]! }
  type Component { content: String }
  type Query {
    provinces: [Region!]!
    serviceUnits(first: Int = 20, after: String): ServiceUnitConnection!
    node(id: ID!): Node
  }
`);

function measure(query: string, variables: Record<string, unknown> = {}): QueryMeasure {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error('no operation');
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables).coerced ?? {};
  return measureOperation({ schema, operation, fragments, variables: coerced, defaultListSize: 20 });
}

describe('measureOperation', () => {
  it('counts depth as the deepest chain of fields', () => {
    expect(measure('{ provinces { code } }').depth).toBe(2);
    expect(measure('{ provinces { code parent { parent { code } } } }').depth).toBe(4);
  });

  it('charges a list without `first` the default list size for what it holds', () => {
    // provinces 1 + 20 parents.
    expect(measure('{ provinces { code parent { code } } }').cost).toBe(21);
  });

  it('charges nothing for scalars', () => {
    expect(measure('{ provinces { code } }').cost).toBe(1);
  });

  it("sizes a connection's edges by its `first`, and only its edges", () => {
    // serviceUnits 1 + edges 1 + pageInfo 1 + 50 nodes + 50 regions.
    expect(measure('{ serviceUnits(first: 50) { totalCount edges { node { id region { code } } } pageInfo { hasNextPage } } }').cost).toBe(
      103,
    );
  });

  it("uses the argument's schema default when `first` is not given", () => {
    expect(measure('{ serviceUnits { edges { node { id } } } }').cost).toBe(1 + 1 + 20);
  });

  it('multiplies nested connections: a page of 100 units with 20 services each', () => {
    const query =
      '{ serviceUnits(first: 100) { edges { node { id services(first: 20) { edges { node { id standard { content } } } } } } } }';
    // 1 + 1 + 100 units + 100 services + 100 edges + 2,000 services + 2,000 standards.
    expect(measure(query)).toEqual({ depth: 8, cost: 4302 });
  });

  it('reads `first` from variables, with the operation defaults applied', () => {
    expect(measure('query ($n: Int!) { serviceUnits(first: $n) { edges { node { id } } } }', { n: 7 }).cost).toBe(9);
    expect(measure('query ($n: Int = 3) { serviceUnits(first: $n) { edges { node { id } } } }').cost).toBe(5);
  });

  it('expands fragments and inline fragments', () => {
    const query = `
      query { node(id: "1") { ... on ServiceUnit { region { ...Up } } } }
      fragment Up on Region { parent { parent { code } } }`;
    expect(measure(query)).toEqual({ depth: 5, cost: 4 });
  });

  it('merges fields repeated through fragments instead of counting them twice', () => {
    const once = measure('{ provinces { parent { code } } }');
    const twice = measure('{ provinces { ...P ...P parent { code } } } fragment P on Region { parent { code } }');
    expect(twice).toEqual(once);
  });

  it('counts aliases of the same field separately, as they run separately', () => {
    expect(measure('{ a: provinces { parent { code } } b: provinces { parent { code } } }').cost).toBe(42);
  });

  it('ignores introspection fields', () => {
    expect(measure('{ __typename __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }')).toEqual({
      depth: 0,
      cost: 0,
    });
  });
});
