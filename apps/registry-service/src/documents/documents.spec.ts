import { stableId } from '@simpul/service-kit';
import { CALLERS, startRegistry, type RegistryHarness } from '../test-support/registry-test-app';

const ISSUE = `mutation($input: IssueDocumentInput!) { issueDocument(input: $input) { code kind subjectId title issuedAt } }`;
const VERIFY = `query($code: String!) {
  documentVerification(code: $code) { code kind subjectId title issuedAt issuer { name role } figures { label value } sourcePath valid }
}`;

interface Issued {
  issueDocument: { code: string; kind: string; subjectId: string; title: string; issuedAt: string };
}
interface Verified {
  documentVerification: {
    code: string;
    kind: string;
    title: string;
    issuer: { name: string; role: string };
    figures: { label: string; value: string }[];
    sourcePath: string | null;
    valid: boolean;
  } | null;
}

const SURVEY = stableId('skm-survey', 'samsat-63-2026-s1');
const SKM_REPORT = {
  kind: 'SKM_REPORT',
  subjectId: SURVEY,
  title: 'Laporan SKM Samsat Kalimantan Selatan, Semester I 2026',
  figures: [
    { label: 'IKM', value: '82,45 (B, Baik)' },
    { label: 'Responden', value: '412 dari minimal 384' },
  ],
  sourcePath: `/skm/surveys/${SURVEY}/report`,
};

describe('issueDocument and documentVerification (real GraphQL, real PostgreSQL)', () => {
  let registry: RegistryHarness;
  const issue = (input: Record<string, unknown>, caller: (typeof CALLERS)[keyof typeof CALLERS] | null = CALLERS.deskSamsatKalsel) =>
    registry.graphql<Issued>(ISSUE, { input }, { caller });
  const verify = (code: string) => registry.graphql<Verified>(VERIFY, { code }, { caller: null });

  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(() => registry?.close());

  it('records a printed document and anyone signed out reads back exactly the figures, title and issuer', async () => {
    const issued = await issue(SKM_REPORT);
    expect(issued.errors).toBeUndefined();
    const { code } = issued.data!.issueDocument;
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    expect(issued.data!.issueDocument).toMatchObject({ kind: 'SKM_REPORT', subjectId: SURVEY, title: SKM_REPORT.title });

    const verified = await verify(code);
    expect(verified.errors).toBeUndefined();
    expect(verified.data!.documentVerification).toEqual({
      code,
      kind: 'SKM_REPORT',
      subjectId: SURVEY,
      title: SKM_REPORT.title,
      issuedAt: issued.data!.issueDocument.issuedAt,
      issuer: { name: CALLERS.deskSamsatKalsel.displayName, role: 'UNIT_DESK' },
      figures: SKM_REPORT.figures,
      sourcePath: SKM_REPORT.sourcePath,
      valid: true,
    });
  });

  it('gives the same code when the same person prints the same figures again, and a new one when a figure changes', async () => {
    const first = (await issue(SKM_REPORT)).data!.issueDocument.code;
    expect((await issue(SKM_REPORT)).data!.issueDocument.code).toBe(first);
    const changed = await issue({ ...SKM_REPORT, figures: [{ label: 'IKM', value: '82,46 (B, Baik)' }] });
    expect(changed.data!.issueDocument.code).not.toBe(first);
    // Another person printing the same figures gets their own record, naming them.
    const other = (await issue(SKM_REPORT, CALLERS.admin)).data!.issueDocument.code;
    expect(other).not.toBe(first);
    expect((await verify(other)).data!.documentVerification!.issuer).toEqual({ name: CALLERS.admin.displayName, role: 'NATIONAL_ADMIN' });
  });

  it('reads a code typed from paper: lower case, spaces and dashes, O for 0', async () => {
    const code = (await issue({ ...SKM_REPORT, title: 'Salinan ketik' })).data!.issueDocument.code;
    const typed = `${code.slice(0, 4)}-${code.slice(4, 8)} ${code.slice(8)}`.toLowerCase().replace(/0/g, 'o');
    expect((await verify(typed)).data!.documentVerification?.code).toBe(code);
  });

  it('answers null for a well-formed code nobody issued, and a typed error for something that is no code', async () => {
    const unknown = await verify('ZZZZZZZZZZZZ');
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.documentVerification).toBeNull();

    const garbage = await verify("1' OR '1'='1");
    expect(garbage.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'code',
      messages: { id: expect.stringContaining('12 huruf') as string, en: expect.stringContaining('12 letters') as string },
    });
  });

  it('keeps the issuer’s e-mail and account id out of the public answer', async () => {
    const code = (await issue(SKM_REPORT)).data!.issueDocument.code;
    const raw = JSON.stringify((await verify(code)).data);
    expect(raw).not.toContain(CALLERS.deskSamsatKalsel.userId);
    // The demo accounts are named by their e-mail; the record keeps the name, the schema has no e-mail field.
    const fields = await registry.graphql<{ __type: { fields: { name: string }[] } }>(
      `{ __type(name: "DocumentVerification") { fields { name } } }`,
    );
    expect(fields.data!.__type.fields.map((f) => f.name).sort()).toEqual(
      ['code', 'figures', 'issuedAt', 'issuer', 'kind', 'sourcePath', 'subjectId', 'title', 'valid'].sort(),
    );
    const issuer = await registry.graphql<{ __type: { fields: { name: string }[] } }>(
      `{ __type(name: "DocumentIssuer") { fields { name } } }`,
    );
    expect(issuer.data!.__type.fields.map((f) => f.name).sort()).toEqual(['name', 'role']);
  });

  it('refuses to issue signed out', async () => {
    const result = await issue(SKM_REPORT, null);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets an MPP operator print only their own mall’s report card', async () => {
    const own = CALLERS.operator.mallId!;
    const mine = await issue(
      { kind: 'MPP_REPORT_CARD', subjectId: own, title: 'Rapor MPP', figures: [{ label: 'Tenant', value: '31' }] },
      CALLERS.operator,
    );
    expect(mine.errors).toBeUndefined();
    const other = await issue(
      {
        kind: 'MPP_REPORT_CARD',
        subjectId: stableId('mall', 'mpp-kota-palangka-raya'),
        title: 'Rapor MPP',
        figures: [{ label: 'Tenant', value: '9' }],
      },
      CALLERS.operator,
    );
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it.each([
    ['a subject that is no id', { subjectId: 'lokus-1' }, 'subjectId'],
    ['a blank title', { title: '   ' }, 'title'],
    ['no figures', { figures: [] }, 'figures'],
    ['31 figures', { figures: Array.from({ length: 31 }, (_, i) => ({ label: `F${i}`, value: '1' })) }, 'figures'],
    ['an empty value', { figures: [{ label: 'IKM', value: '' }] }, 'figures.0.value'],
    ['a 201-character label', { figures: [{ label: 'x'.repeat(201), value: '1' }] }, 'figures.0.label'],
    ['a source page on another site', { sourcePath: 'https://elsewhere.example/phish' }, 'sourcePath'],
    ['a protocol-relative source page', { sourcePath: '//elsewhere.example' }, 'sourcePath'],
  ])('refuses %s with a typed error on %s, recording nothing', async (_case, change, field) => {
    const [{ count: before }] = await registry.sql<{ count: number }>(`SELECT count(*)::int AS count FROM registry.issued_documents`);
    const result = await issue({ ...SKM_REPORT, ...change });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const [{ count: after }] = await registry.sql<{ count: number }>(`SELECT count(*)::int AS count FROM registry.issued_documents`);
    expect(after).toBe(before);
  });
});
