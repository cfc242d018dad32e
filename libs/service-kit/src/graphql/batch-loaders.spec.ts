import { listLoader, rowLoader } from './batch-loaders';
import { LoaderRegistry } from './loader-registry';
import type { SubgraphContext } from './subgraph-context';

const context = (): SubgraphContext => ({ caller: null, requestId: 'r', loaders: new LoaderRegistry() });

describe('listLoader', () => {
  it('fetches the children of every parent asked for in one tick with one call, in the order asked', async () => {
    const calls: (readonly string[])[] = [];
    const request = context();
    const fetch = async (ids: readonly string[]) => {
      calls.push(ids);
      return [
        { parent: 'b', n: 1 },
        { parent: 'a', n: 2 },
        { parent: 'b', n: 3 },
      ];
    };
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((id) => listLoader(request, 'children', fetch, (row) => row.parent).load(id)));
    expect(calls).toEqual([['a', 'b', 'c']]);
    expect(a).toEqual([{ parent: 'a', n: 2 }]);
    expect(b).toEqual([
      { parent: 'b', n: 1 },
      { parent: 'b', n: 3 },
    ]);
    expect(c).toEqual([]);
  });

  it('never shares its cache between requests', async () => {
    let calls = 0;
    const fetch = async () => {
      calls += 1;
      return [{ parent: 'a' }];
    };
    await listLoader(context(), 'children', fetch, (row) => row.parent).load('a');
    await listLoader(context(), 'children', fetch, (row) => row.parent).load('a');
    expect(calls).toBe(2);
  });
});

describe('rowLoader', () => {
  it('gives each id its row, or null when there is none', async () => {
    const request = context();
    const fetch = async (ids: readonly string[]) => ids.filter((id) => id !== 'missing').map((id) => ({ id, name: id.toUpperCase() }));
    const loader = rowLoader(request, 'rows', fetch, (row) => row.id);
    expect(await loader.loadMany(['x', 'missing', 'y'])).toEqual([{ id: 'x', name: 'X' }, null, { id: 'y', name: 'Y' }]);
  });
});
