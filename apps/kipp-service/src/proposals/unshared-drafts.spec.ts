import { agencyId } from '../seed/demo-registry';
import { CALLERS, dataOf, startKipp, TEST_TODAY, type KippHarness } from '../test-support/kipp-test-app';
import { CREATE_PROPOSAL, createOpenCompetition, SAVE_PROPOSAL, SHARE } from '../test-support/operations';

// Sharing is the line between the desk's working draft and the agency's local admin: before it, the
// local admin neither reads (proposal, lists, attachments, stuck drafts) nor edits the draft. The
// desk that wrote it always does; the national admin, who runs the competition and answers for it,
// does too (README "Drafts and sharing").

const PROPOSAL = `query($id: ID!) { proposal(id: $id) { id title sharedWithAdmin } }`;
const LIST = `query($filter: ProposalFilter) { proposals(filter: $filter, first: 50) { edges { node { id } } } }`;
const UPLOAD = `mutation($input: UploadProposalAttachmentInput!) { uploadProposalAttachment(input: $input) { id } }`;
const DOWNLOAD = `query($id: ID!) { kippAttachmentFile(id: $id) { attachment { id } } }`;
const STUCK = `query($id: ID!) { stuckDrafts(competitionId: $id, first: 50) { drafts { edges { node { id } } } } }`;
const RETURN = `mutation($id: ID!, $note: String!) { returnProposal(id: $id, note: $note) { id } }`;

describe('a draft not yet shared stays with its desk until shared', () => {
  let kipp: KippHarness;
  let competitionId: string;
  let draftId: string;
  let attachmentId: string;

  beforeAll(async () => {
    kipp = await startKipp();
    competitionId = await createOpenCompetition(kipp, CALLERS.admin, 2035, TEST_TODAY);
    draftId = dataOf(
      await kipp.graphql<{ createProposal: { id: string } }>(
        CREATE_PROPOSAL,
        {
          input: {
            competitionId,
            group: 'UMUM',
            category: 'Kesehatan',
            title: 'Draf rahasia desk',
            innovationStartedOn: '2021-03-01',
            sections: { summary: 'Awal' },
          },
        },
        { caller: CALLERS.deskSamsatKalsel },
      ),
    ).createProposal.id;
    attachmentId = dataOf(
      await kipp.graphql<{ uploadProposalAttachment: { id: string } }>(
        UPLOAD,
        {
          input: {
            proposalId: draftId,
            kind: 'sk_inovasi',
            file: { fileName: 'sk.pdf', mimeType: 'application/pdf', contentBase64: Buffer.from('%PDF-1.7\nSK\n%%EOF').toString('base64') },
          },
        },
        { caller: CALLERS.deskSamsatKalsel },
      ),
    ).uploadProposalAttachment.id;
  });
  afterAll(() => kipp?.close());

  const read = async (caller = CALLERS.localAdminKalsel) =>
    dataOf(await kipp.graphql<{ proposal: { id: string } | null }>(PROPOSAL, { id: draftId }, { caller })).proposal;
  const listed = async (filter: Record<string, unknown>, caller = CALLERS.localAdminKalsel) =>
    dataOf(
      await kipp.graphql<{ proposals: { edges: { node: { id: string } }[] } }>(LIST, { filter: { competitionId, ...filter } }, { caller }),
    ).proposals.edges.map((edge) => edge.node.id);
  const download = async (caller = CALLERS.localAdminKalsel) => {
    const result = await kipp.graphql<{ kippAttachmentFile: { attachment: { id: string } } | null }>(
      DOWNLOAD,
      { id: attachmentId },
      { caller },
    );
    return result.data?.kippAttachmentFile ?? null;
  };
  const stuck = async () =>
    dataOf(
      await kipp.graphql<{ stuckDrafts: { drafts: { edges: { node: { id: string } }[] } } }>(
        STUCK,
        { id: competitionId },
        { caller: CALLERS.localAdminKalsel },
      ),
    ).stuckDrafts.drafts.edges.map((edge) => edge.node.id);
  const save = (caller: typeof CALLERS.admin, expectedVersion: number, title: string) =>
    kipp.graphql<{ saveProposal: { version: number } }>(SAVE_PROPOSAL, { input: { id: draftId, expectedVersion, title } }, { caller });

  it('hides the unshared draft from the agency’s local admin: no proposal, no list row, no attachment, no stuck row', async () => {
    expect(await read()).toBeNull();
    expect(await listed({})).not.toContain(draftId);
    expect(await listed({ agencyId: agencyId('pemprov-63'), sharedWithAdmin: false })).not.toContain(draftId);
    expect(await download()).toBeNull();
    expect(await stuck()).not.toContain(draftId);
  });

  it('refuses the local admin’s edits, upload, share and return of the unshared draft, and changes nothing', async () => {
    const saved = await save(CALLERS.localAdminKalsel, 1, 'Diubah admin lokal');
    expect(saved.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'id' });
    const uploaded = await kipp.graphql(
      UPLOAD,
      {
        input: {
          proposalId: draftId,
          kind: 'sk_inovasi',
          file: { fileName: 'lain.pdf', mimeType: 'application/pdf', contentBase64: Buffer.from('%PDF-1.7\nX\n%%EOF').toString('base64') },
        },
      },
      { caller: CALLERS.localAdminKalsel },
    );
    expect(uploaded.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await kipp.graphql(SHARE, { id: draftId }, { caller: CALLERS.localAdminKalsel })).errors?.[0].extensions.code).toBe(
      'FORBIDDEN',
    );
    const returned = await kipp.graphql(RETURN, { id: draftId, note: 'Lengkapi.' }, { caller: CALLERS.localAdminKalsel });
    expect(returned.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'id' });
    expect(
      dataOf(
        await kipp.graphql<{ proposal: { title: string; sharedWithAdmin: boolean } }>(
          PROPOSAL,
          { id: draftId },
          { caller: CALLERS.deskSamsatKalsel },
        ),
      ).proposal,
    ).toMatchObject({
      title: 'Draf rahasia desk',
      sharedWithAdmin: false,
    });
  });

  it('the author’s desk always reads and edits it; the national admin reads it too', async () => {
    expect(await read(CALLERS.deskSamsatKalsel)).toMatchObject({ id: draftId });
    expect(await listed({}, CALLERS.deskSamsatKalsel)).toContain(draftId);
    expect(await download(CALLERS.deskSamsatKalsel)).not.toBeNull();
    expect(dataOf(await save(CALLERS.deskSamsatKalsel, 1, 'Draf rahasia desk')).saveProposal.version).toBe(2);
    expect(await read(CALLERS.admin)).toMatchObject({ id: draftId });
    expect(await listed({}, CALLERS.admin)).toContain(draftId);
  });

  it('once shared, the local admin reads it everywhere and may edit it', async () => {
    dataOf(await kipp.graphql(SHARE, { id: draftId }, { caller: CALLERS.deskSamsatKalsel }));
    expect(await read()).toMatchObject({ id: draftId });
    expect(await listed({ status: 'DRAFT', sharedWithAdmin: true })).toContain(draftId);
    expect(await download()).not.toBeNull();
    expect(await stuck()).toContain(draftId);
    expect(dataOf(await save(CALLERS.localAdminKalsel, 2, 'Dirapikan admin lokal')).saveProposal.version).toBe(3);
  });
});
