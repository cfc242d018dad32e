import { connectionOf, nodes } from './connection';

describe('connection helpers', () => {
  it("ask for the paging fields and the nodes' fields", () => {
    expect(connectionOf('id name')).toBe('totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } }');
  });

  it('give the nodes in order, and none for an absent connection', () => {
    const page = {
      totalCount: 2,
      pageInfo: { hasNextPage: false, endCursor: 'b' },
      edges: [
        { cursor: 'a', node: 1 },
        { cursor: 'b', node: 2 },
      ],
    };
    expect(nodes(page)).toEqual([1, 2]);
    expect(nodes(null)).toEqual([]);
  });
});
