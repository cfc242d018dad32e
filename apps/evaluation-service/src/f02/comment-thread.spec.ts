import { cycleId, lokusId } from '../seed/demo-data';
import { CALLERS, errorCode, ok, startEvaluation, type EvaluationHarness } from '../test-support/evaluation-test-app';
import { Q } from '../test-support/fixtures';

// Lokus.comments is a cursor connection: a long desk–evaluator thread is read page by page, and the
// threads of every lokus on a list page load together, whatever their number.

interface CommentPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { node: { body: string; authorRole: string } }[];
}

const THREAD = `query($id: ID!, $first: Int, $after: String) {
  lokusById(id: $id) { id comments(first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { body authorRole } } } }
}`;

const LIST_WITH_THREADS = `query($cycleId: ID!, $first: Int) {
  cycleLokus(cycleId: $cycleId, first: 100) { edges { node { id comments(first: $first) { totalCount pageInfo { hasNextPage } edges { node { body } } } } } }
}`;

describe('the comment thread of a lokus', () => {
  let evaluation: EvaluationHarness;
  const { admin, deskSamsatKalsel } = CALLERS;
  const cycle2026 = cycleId('pekppp-2026');
  const samsat = lokusId('pekppp-2026', 'samsat-63');
  const dpmptsp = lokusId('pekppp-2026', 'dpmptsp-62');

  beforeAll(async () => {
    evaluation = await startEvaluation();
    for (let n = 1; n <= 25; n += 1) {
      const caller = n % 2 ? admin : deskSamsatKalsel;
      ok(await evaluation.graphql(Q.comment, { input: { lokusId: samsat, indicatorCode: null, body: `Komentar ${n}` } }, { caller }));
    }
    for (let n = 1; n <= 3; n += 1) {
      ok(await evaluation.graphql(Q.comment, { input: { lokusId: dpmptsp, body: `Catatan DPMPTSP ${n}` } }, { caller: admin }));
    }
  });
  afterAll(() => evaluation?.close());

  it('a long thread is read oldest first, page by page, each comment exactly once', async () => {
    const bodies: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const data: { lokusById: { comments: CommentPage } } = ok(
        await evaluation.graphql<{ lokusById: { comments: CommentPage } }>(
          THREAD,
          { id: samsat, first: 10, after },
          { caller: deskSamsatKalsel },
        ),
      );
      const page = data.lokusById.comments;
      expect(page.totalCount).toBe(25);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      bodies.push(...page.edges.map((edge) => edge.node.body));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(bodies).toEqual(Array.from({ length: 25 }, (_, i) => `Komentar ${i + 1}`));
  });

  it('the threads of every lokus on a list page cost the same SQL for pages of 2 as of 20', async () => {
    evaluation.queries.reset();
    const small = ok(
      await evaluation.graphql<{ cycleLokus: { edges: { node: { id: string; comments: CommentPage } }[] } }>(
        LIST_WITH_THREADS,
        { cycleId: cycle2026, first: 2 },
        { caller: admin },
      ),
    );
    const smallCount = evaluation.queries.count;
    evaluation.queries.reset();
    const large = ok(
      await evaluation.graphql<{ cycleLokus: { edges: { node: { id: string; comments: CommentPage } }[] } }>(
        LIST_WITH_THREADS,
        { cycleId: cycle2026, first: 20 },
        { caller: admin },
      ),
    );
    expect(evaluation.queries.count).toBe(smallCount);

    const threads = (data: typeof small) => new Map(data.cycleLokus.edges.map((edge) => [edge.node.id, edge.node.comments]));
    expect(threads(small).get(samsat)).toMatchObject({ totalCount: 25, pageInfo: { hasNextPage: true } });
    expect(
      threads(small)
        .get(samsat)
        ?.edges.map((edge) => edge.node.body),
    ).toEqual(['Komentar 1', 'Komentar 2']);
    expect(threads(large).get(samsat)?.edges).toHaveLength(20);
    expect(threads(large).get(dpmptsp)).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false } });
    expect(
      threads(large)
        .get(dpmptsp)
        ?.edges.map((edge) => edge.node.body),
    ).toEqual(['Catatan DPMPTSP 1', 'Catatan DPMPTSP 2', 'Catatan DPMPTSP 3']);
  });

  it('a forged cursor or a page size outside 1–100 is a typed input error', async () => {
    expect(errorCode(await evaluation.graphql(THREAD, { id: samsat, first: 10, after: 'bm90LWEtY3Vyc29y' }, { caller: admin }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await evaluation.graphql(THREAD, { id: samsat, first: 101 }, { caller: admin }))).toBe('BAD_USER_INPUT');
  });
});
