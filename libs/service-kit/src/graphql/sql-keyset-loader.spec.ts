import type { Queryable } from '../database/sql';
import { keysetPagesLoader, type NestedKeysetSpec } from './sql-keyset';
import { buildSubgraphContext } from './subgraph-context';

const SPEC: NestedKeysetSpec = {
  columns: 'c.id',
  from: 'x.comments c',
  where: 'TRUE',
  params: [],
  parent: 'c.post_id',
  keys: [
    { sql: 'c.created_at', type: 'timestamptz' },
    { sql: 'c.id', type: 'uuid' },
  ],
  direction: 'ASC',
};
const POST = '0190f0a2-0000-7000-8000-000000000001';
const ROW = '0190f0a2-0000-7000-8000-0000000000aa';

/** A database answering the page statement with one row of POST and the count statement with 1. */
function fakeDb() {
  const statements: string[] = [];
  const db = {
    query: (text: string) => {
      statements.push(text);
      return Promise.resolve(
        text.includes('row_number()')
          ? [{ id: ROW, __cursor: ['2026-05-20 10:00:00.123456+00', ROW], __parent: POST, __n: '1' }]
          : [{ parent: POST, count: 1 }],
      );
    },
  } as unknown as Queryable;
  return { db, statements };
}

describe('keysetPagesLoader: one page of a nested list for every parent of the request', () => {
  it('answers every parent of one tick with two statements, and a parent id that is no UUID with an empty page', async () => {
    const { db, statements } = fakeDb();
    const context = buildSubgraphContext(undefined);
    const loader = keysetPagesLoader<{ id: string }>(context, db, 'comments', { first: 5, after: null }, SPEC);
    const [page, other, bogus] = await Promise.all([
      loader.load(POST),
      loader.load('0190f0a2-0000-7000-8000-000000000002'),
      loader.load('nope'),
    ]);
    expect(statements).toHaveLength(2);
    expect(page.totalCount).toBe(1);
    expect(page.edges.map((edge) => edge.node)).toEqual([{ id: ROW }]);
    expect(other.totalCount).toBe(0);
    expect(bogus).toMatchObject({ totalCount: 0, edges: [] });
    // The same page asked again in this request is the same loader; another page is another one.
    expect(keysetPagesLoader(context, db, 'comments', { first: 5, after: null }, SPEC)).toBe(loader);
    expect(keysetPagesLoader(context, db, 'comments', { first: 6, after: null }, SPEC)).not.toBe(loader);
  });

  it('refuses a page size outside 1–100 as BAD_USER_INPUT on first', () => {
    const { db } = fakeDb();
    let refusal: unknown = null;
    try {
      keysetPagesLoader(buildSubgraphContext(undefined), db, 'comments', { first: 101, after: null }, SPEC);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
