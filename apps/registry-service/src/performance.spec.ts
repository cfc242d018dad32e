import { CALLERS, startRegistry, type RegistryHarness } from './test-support/registry-test-app';

const PAGE = `query($first: Int) { serviceUnits(first: $first) {
  totalCount
  edges { node { id name agency { name serviceUnitCount parent { name } } region { name parent { name } } externalIds { sippn }
    services(first: 5) { totalCount edges { node { name serviceUnit { id } completeness { missing } } } } } }
} }`;

describe('SQL statements per request', () => {
  let registry: RegistryHarness;
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(() => registry?.close());

  async function statements(first: number): Promise<number> {
    registry.queries.reset();
    const result = await registry.graphql<{ serviceUnits: { edges: unknown[] } }>(PAGE, { first });
    expect(result.errors).toBeUndefined();
    expect(result.data!.serviceUnits.edges).toHaveLength(first);
    return registry.queries.count;
  }

  it('do not grow with page size (nested lists are batched)', async () => {
    const small = await statements(2);
    const large = await statements(60);
    expect(large).toBe(small);
    // page + count, agencies, unit counts, parent agencies, regions, parent regions, services + their count, units of services
    expect(large).toBeLessThanOrEqual(10);
  });

  it('the history of every unit and service on a page costs the same statements whatever the page size', async () => {
    const HISTORY = `query($first: Int) { serviceUnits(first: $first) { edges { node { id changes(first: 3) { totalCount edges { node { actorName changes { field } } } }
      services(first: 3) { edges { node { changes(first: 2) { totalCount } } } } } } } }`;
    const count = async (first: number) => {
      registry.queries.reset();
      const result = await registry.graphql<{ serviceUnits: { edges: { node: { changes: { totalCount: number } } }[] } }>(
        HISTORY,
        { first },
        { caller: CALLERS.admin },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.serviceUnits.edges.every((edge) => edge.node.changes.totalCount >= 1)).toBe(true);
      return registry.queries.count;
    };
    const small = await count(2);
    expect(await count(60)).toBe(small);
    // units page + count, services + count, unit histories + count, service histories + count
    expect(small).toBeLessThanOrEqual(8);
  });

  it('entity references from other subgraphs are resolved in one batch', async () => {
    const ids = (
      await registry.graphql<{ serviceUnits: { edges: { node: { id: string } }[] } }>(
        '{ serviceUnits(first: 30) { edges { node { id } } } }',
      )
    ).data!.serviceUnits.edges.map((edge) => edge.node.id);
    registry.queries.reset();
    const result = await registry.graphql<{ _entities: { id: string; name: string }[] }>(
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on ServiceUnit { id name } } }`,
      { representations: ids.map((id) => ({ __typename: 'ServiceUnit', id })) },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.map((entity) => entity.id)).toEqual(ids);
    expect(registry.queries.count).toBe(1);
  });
});
