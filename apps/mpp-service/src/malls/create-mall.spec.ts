import { createHash } from 'node:crypto';
import pg from 'pg';
import { unitId } from '../seed/demo-registry';
import { CALLERS, dataOf, startMpp, type MppHarness } from '../test-support/mpp-test-app';

const admin = { caller: CALLERS.admin };
const CREATE = `mutation($input: CreateMallInput!) {
  createMall(input: $input) {
    id status proposedOn openedOn managingUnit { id } openingHours { weekday opensAt closesAt }
    documents { kind title number issuedOn fileName file { id fileName sizeBytes sha256 } }
  }
}`;
const OVERVIEW = `{ nationalMallOverview { openedByYear { year opened } } }`;
const pdf = (text: string) => Buffer.from(`%PDF-1.7\n${text}\n%%EOF`);
const upload = (bytes: Buffer, fileName: string, mimeType = 'application/pdf') => ({
  fileName,
  mimeType,
  contentBase64: bytes.toString('base64'),
});

const proposal = (name: string, overrides: Record<string, unknown> = {}) => ({
  name,
  regencyCode: '63.71',
  address: 'Jl. A. Yani Km 6, Banjarmasin Selatan',
  managingUnitId: unitId('dpmptsp-63.71'),
  proposedOn: '2026-05-02',
  openedOn: '2027-01-15',
  openingHours: [
    { weekday: 'MONDAY', opensAt: '08:00', closesAt: '15:00' },
    { weekday: 'FRIDAY', opensAt: '08:00', closesAt: '11:00' },
  ],
  documents: [
    {
      kind: 'REGENT_LETTER',
      title: 'Surat Wali Kota tentang usulan MPP',
      number: '100/123/ORG/2026',
      issuedOn: '2026-04-20',
      file: upload(pdf('Surat Wali Kota'), 'surat-wali-kota.pdf'),
    },
    { kind: 'URGENCY_STUDY', title: 'Kajian urgensi MPP', file: upload(pdf('Kajian urgensi'), 'kajian-urgensi.pdf') },
  ],
  ...overrides,
});

describe('a mall is proposed with its whole establishment record in one operation', () => {
  let mpp: MppHarness;
  let db: pg.Client;
  const counts = async () =>
    (
      await db.query(`SELECT (SELECT count(*)::int FROM mpp.malls) AS malls, (SELECT count(*)::int FROM mpp.files) AS files,
      (SELECT count(*)::int FROM mpp.mall_documents) AS documents, (SELECT count(*)::int FROM mpp.mall_opening_hours) AS hours`)
    ).rows[0] as Record<string, number>;
  beforeAll(async () => {
    mpp = await startMpp();
    db = new pg.Client({ connectionString: mpp.database.url });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await mpp?.close();
  });

  it('stores the letter and the urgency study with their files, the planned opening date and the hours together', async () => {
    const { createMall } = dataOf(
      await mpp.graphql<{ createMall: Record<string, unknown> & { documents: { file: { sha256: string } }[] } }>(
        CREATE,
        { input: proposal('MPP Banjarmasin Selatan') },
        admin,
      ),
    );
    expect(createMall).toMatchObject({
      status: 'PROPOSED',
      proposedOn: '2026-05-02',
      openedOn: '2027-01-15',
      managingUnit: { id: unitId('dpmptsp-63.71') },
      openingHours: [
        { weekday: 'MONDAY', opensAt: '08:00', closesAt: '15:00' },
        { weekday: 'FRIDAY', opensAt: '08:00', closesAt: '11:00' },
      ],
      documents: [
        {
          kind: 'REGENT_LETTER',
          number: '100/123/ORG/2026',
          issuedOn: '2026-04-20',
          fileName: 'surat-wali-kota.pdf',
          file: { fileName: 'surat-wali-kota.pdf' },
        },
        { kind: 'URGENCY_STUDY', number: null, fileName: 'kajian-urgensi.pdf', file: { fileName: 'kajian-urgensi.pdf' } },
      ],
    });
    expect(createMall.documents[0].file.sha256).toBe(createHash('sha256').update(pdf('Surat Wali Kota')).digest('hex'));
  });

  it('stores nothing when one file, hour or date of the proposal is wrong', async () => {
    const before = await counts();
    const cases: [Record<string, unknown>, string][] = [
      [
        {
          documents: [
            proposal('x').documents[0],
            { kind: 'URGENCY_STUDY', title: 'Kajian', file: upload(Buffer.from('<html></html>'), 'kajian.pdf') },
          ],
        },
        'input.documents.1.file.contentBase64',
      ],
      [{ documents: [{ kind: 'URGENCY_STUDY', title: ' ' }] }, 'input.documents.0.title'],
      [{ openingHours: [{ weekday: 'MONDAY', opensAt: '15:00', closesAt: '08:00' }] }, 'input.openingHours.0.closesAt'],
      [
        {
          openingHours: [
            { weekday: 'MONDAY', opensAt: '08:00', closesAt: '15:00' },
            { weekday: 'MONDAY', opensAt: '09:00', closesAt: '12:00' },
          ],
        },
        'input.openingHours.1.weekday',
      ],
      [{ openedOn: '2026-01-01' }, 'input.openedOn'],
    ];
    for (const [overrides, field] of cases) {
      const refused = await mpp.graphql(CREATE, { input: proposal('MPP yang ditolak', overrides) }, admin);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await counts()).toEqual(before);
  });

  it('does not count a proposed mall’s planned opening date as an opening in the national view', async () => {
    const openedIn2027 = async () =>
      dataOf(
        await mpp.graphql<{ nationalMallOverview: { openedByYear: { year: number; opened: number }[] } }>(OVERVIEW, {}, admin),
      ).nationalMallOverview.openedByYear.find((row) => row.year === 2027)?.opened ?? 0;
    const before = await openedIn2027();
    const { createMall } = dataOf(
      await mpp.graphql<{ createMall: { id: string } }>(CREATE, { input: proposal('MPP Banjarmasin Utara', { documents: [] }) }, admin),
    );
    expect(await openedIn2027()).toBe(before);
    dataOf(
      await mpp.graphql(
        `mutation($id: ID!) { setMallStatus(id: $id, status: ACTIVE, reason: "Diresmikan wali kota") { status } }`,
        { id: createMall.id },
        admin,
      ),
    );
    expect(await openedIn2027()).toBe(before + 1);
  });
});
