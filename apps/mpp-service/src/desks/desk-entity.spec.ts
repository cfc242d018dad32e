import { stableId } from '@simpul/service-kit';
import { deskId } from '../seed/demo-malls';
import { dataOf, startMpp, type MppHarness } from '../test-support/mpp-test-app';

const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Desk { id number mall { name } } } }`;

describe('Desk is a federation entity other subgraphs (SKM) extend', () => {
  let mpp: MppHarness;
  beforeAll(async () => {
    mpp = await startMpp();
  });
  afterAll(() => mpp?.close());

  it('resolves many desk references in one batch, null for unknown or hidden ones', async () => {
    const ids = [1, 2, 3, 4, 5, 6, 7, 8].map((number) => deskId('mpp-kota-banjarmasin', number));
    const representations = [...ids, stableId('desk', 'nowhere'), 'not-a-uuid'].map((id) => ({ __typename: 'Desk', id }));
    mpp.queries.reset();
    const { _entities } = dataOf(
      await mpp.graphql<{ _entities: ({ id: string; number: number; mall: { name: string } } | null)[] }>(ENTITIES, { representations }),
    );
    expect(_entities.slice(0, 8).map((desk) => desk?.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(_entities.slice(8)).toEqual([null, null]);
    // One statement for the desks, one for their malls, whatever the number of references.
    expect(mpp.queries.count).toBeLessThanOrEqual(2);
  });
});
