import { agencyId } from '../seed/demo-registry';
import { CALLERS, dataOf, startKipp, TEST_TODAY, type KippHarness } from '../test-support/kipp-test-app';
import { CREATE_PROPOSAL, createOpenCompetition, SHARE } from '../test-support/operations';

const QUEUE = `query($filter: ProposalFilter) { proposals(filter: $filter, first: 50) { totalCount edges { node { id title sharedWithAdmin returnNote } } } }`;
const RETURN = `mutation($id: ID!, $note: String!) { returnProposal(id: $id, note: $note) { id sharedWithAdmin returnNote } }`;

interface Queue {
  proposals: { totalCount: number; edges: { node: { id: string; title: string; sharedWithAdmin: boolean; returnNote: string | null } }[] };
}

describe('the local admin’s review queue', () => {
  let kipp: KippHarness;
  let competitionId: string;
  let shared: string;
  let unshared: string;

  beforeAll(async () => {
    kipp = await startKipp();
    competitionId = await createOpenCompetition(kipp, CALLERS.admin, 2033, TEST_TODAY);
    const draft = async (title: string) =>
      dataOf(
        await kipp.graphql<{ createProposal: { id: string } }>(
          CREATE_PROPOSAL,
          {
            input: {
              competitionId,
              group: 'UMUM',
              category: 'Kesehatan',
              title,
              innovationStartedOn: '2021-03-01',
              sections: { summary: 'Awal' },
            },
          },
          { caller: CALLERS.deskSamsatKalsel },
        ),
      ).createProposal.id;
    shared = await draft('Draf yang dibagikan');
    unshared = await draft('Draf yang belum dibagikan');
    dataOf(await kipp.graphql(SHARE, { id: shared }, { caller: CALLERS.deskSamsatKalsel }));
  });
  afterAll(() => kipp?.close());

  const queue = async (caller = CALLERS.localAdminKalsel) =>
    dataOf(await kipp.graphql<Queue>(QUEUE, { filter: { competitionId, status: 'DRAFT', sharedWithAdmin: true } }, { caller })).proposals;

  it('lists only the drafts the agency’s desks shared with their local admin', async () => {
    const page = await queue();
    expect(page.edges.map((edge) => edge.node.id)).toEqual([shared]);
    const notShared = dataOf(
      await kipp.graphql<Queue>(
        QUEUE,
        { filter: { competitionId, agencyId: agencyId('pemprov-63'), sharedWithAdmin: false } },
        { caller: CALLERS.localAdminKalsel },
      ),
    ).proposals;
    // Sharing is the line: a draft not shared yet is the desk's, not in any of the admin's lists.
    expect(notShared.edges.map((edge) => edge.node.id)).not.toContain(unshared);
  });

  it('shows another agency’s desk nothing of this agency’s queue', async () => {
    expect((await queue(CALLERS.deskDpmptspKalteng)).totalCount).toBe(0);
  });

  it('refuses a return without a note, and a return by someone who is not the agency’s admin', async () => {
    const noNote = await kipp.graphql(RETURN, { id: shared, note: ' ' }, { caller: CALLERS.localAdminKalsel });
    expect(noNote.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    const stranger = await kipp.graphql(RETURN, { id: shared, note: 'Lengkapi bagian kebaruan.' }, { caller: CALLERS.deskDpmptspKalteng });
    expect(stranger.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await queue()).totalCount).toBe(1);
  });

  it('returns a draft with notes: it leaves the queue and the desk is told why', async () => {
    const returned = dataOf(
      await kipp.graphql<{ returnProposal: { sharedWithAdmin: boolean; returnNote: string } }>(
        RETURN,
        { id: shared, note: 'Lengkapi bagian kebaruan.' },
        { caller: CALLERS.localAdminKalsel },
      ),
    );
    expect(returned.returnProposal).toMatchObject({ sharedWithAdmin: false, returnNote: 'Lengkapi bagian kebaruan.' });
    expect((await queue()).totalCount).toBe(0);
    const { myKippNotifications } = dataOf(
      await kipp.graphql<{ myKippNotifications: { edges: { node: { kind: string; proposalId: string } }[] } }>(
        `{ myKippNotifications(first: 5) { edges { node { kind proposalId } } } }`,
        {},
        { caller: CALLERS.deskSamsatKalsel },
      ),
    );
    expect(myKippNotifications.edges[0].node).toEqual({ kind: 'RETURNED', proposalId: shared });
  });
});
