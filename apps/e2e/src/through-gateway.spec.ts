import { graphql, signInToken, useSharedStack, type SharedStack } from './stack';

// Issue 2's "done when", through the gateway, against the built services and a real PostgreSQL.
let stack: SharedStack;
const tokens: Record<string, string> = {};

async function boundUnitId(email: string): Promise<string> {
  const result = await graphql<{ me: { serviceUnit: { id: string } | null } }>(
    stack.gatewayUrl,
    '{ me { serviceUnit { id } } }',
    {},
    tokens[email],
  );
  const id = result.data?.me.serviceUnit?.id;
  if (!id) throw new Error(`${email} is bound to no unit: ${JSON.stringify(result)}`);
  return id;
}

beforeAll(async () => {
  stack = useSharedStack();
  for (const email of [
    'admin@simpul.test',
    'evaluator@simpul.test',
    'operator.banjarmasin@simpul.test',
    'desk.samsat-kalsel@simpul.test',
    'desk.dpmptsp-kalteng@simpul.test',
  ]) {
    tokens[email] = await signInToken(stack.gatewayUrl, email);
  }
}, 120_000); // Five sign-ins on a shared, busy machine; the stack itself is booted once by the global setup.

describe('reference data through the gateway', () => {
  it('lists the 38 provinces', async () => {
    const result = await graphql<{ provinces: { code: string }[] }>(stack.gatewayUrl, '{ provinces { code } }');
    expect(result.data?.provinces).toHaveLength(38);
  });

  it('lists the 13 kabupaten/kota of Kalimantan Selatan, Kota Banjarmasin among them', async () => {
    const result = await graphql<{ regencies: { code: string; name: string }[] }>(
      stack.gatewayUrl,
      '{ regencies(provinceCode: "63") { code name } }',
    );
    expect(result.data?.regencies).toHaveLength(13);
    expect(result.data?.regencies).toContainEqual({ code: '63.71', name: 'Kota Banjarmasin' });
  });

  it('refuses an unknown province code with BAD_USER_INPUT on the field', async () => {
    const result = await graphql(stack.gatewayUrl, '{ regencies(provinceCode: "99") { code } }');
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'provinceCode' });
  });

  it('finds the demo Samsat units when searching "samsat"', async () => {
    const result = await graphql<{ serviceUnits: { totalCount: number; edges: { node: { name: string } }[] } }>(
      stack.gatewayUrl,
      '{ serviceUnits(first: 50, filter: { search: "samsat" }) { totalCount edges { node { name } } } }',
    );
    const names = result.data?.serviceUnits.edges.map((edge) => edge.node.name) ?? [];
    expect(names.some((name) => /samsat/i.test(name) && /kalimantan selatan/i.test(name))).toBe(true);
    expect(names.some((name) => /samsat/i.test(name) && /kalimantan tengah/i.test(name))).toBe(true);
    expect(names.every((name) => /samsat/i.test(name))).toBe(true);
  });
});

describe('identity through the gateway', () => {
  it.each([
    ['admin@simpul.test', 'NATIONAL_ADMIN'],
    ['evaluator@simpul.test', 'EVALUATOR'],
    ['operator.banjarmasin@simpul.test', 'MPP_OPERATOR'],
    ['desk.samsat-kalsel@simpul.test', 'UNIT_DESK'],
    ['desk.dpmptsp-kalteng@simpul.test', 'UNIT_DESK'],
  ])('%s signs in as %s', async (email, role) => {
    const result = await graphql<{ me: { email: string; role: string } }>(stack.gatewayUrl, '{ me { email role } }', {}, tokens[email]);
    expect(result.data?.me).toEqual({ email, role });
  });

  it('binds the Samsat desk to Samsat Kalimantan Selatan', async () => {
    const result = await graphql<{ me: { serviceUnit: { name: string } } }>(
      stack.gatewayUrl,
      '{ me { serviceUnit { name } } }',
      {},
      tokens['desk.samsat-kalsel@simpul.test'],
    );
    expect(result.data?.me.serviceUnit.name).toMatch(/samsat/i);
    expect(result.data?.me.serviceUnit.name).toMatch(/kalimantan selatan/i);
  });

  it('refuses a wrong password with UNAUTHENTICATED', async () => {
    const result = await graphql(stack.gatewayUrl, 'mutation { signIn(email: "admin@simpul.test", password: "wrong") { accessToken } }');
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers a forged token with UNAUTHENTICATED instead of treating it as the public', async () => {
    const result = await graphql(stack.gatewayUrl, '{ me { email } }', {}, `${tokens['admin@simpul.test']}x`);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('access is enforced in the registry service', () => {
  const rename = 'mutation($id: ID!, $name: String!) { updateServiceUnit(id: $id, input: { name: $name }) { id name } }';

  it('lets the Samsat desk edit its own unit', async () => {
    const own = await boundUnitId('desk.samsat-kalsel@simpul.test');
    const result = await graphql<{ updateServiceUnit: { name: string } }>(
      stack.gatewayUrl,
      rename,
      { id: own, name: 'SAMSAT Kalimantan Selatan' },
      tokens['desk.samsat-kalsel@simpul.test'],
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateServiceUnit.name).toBe('SAMSAT Kalimantan Selatan');
  });

  it("refuses the Samsat desk editing DPMPTSP Kalimantan Tengah's unit with FORBIDDEN", async () => {
    const other = await boundUnitId('desk.dpmptsp-kalteng@simpul.test');
    const result = await graphql(stack.gatewayUrl, rename, { id: other, name: 'Taken over' }, tokens['desk.samsat-kalsel@simpul.test']);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a write without a token with UNAUTHENTICATED', async () => {
    const own = await boundUnitId('desk.samsat-kalsel@simpul.test');
    const result = await graphql(stack.gatewayUrl, rename, { id: own, name: 'Anonymous edit' });
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an empty name with BAD_USER_INPUT on input.name, in both languages', async () => {
    const own = await boundUnitId('desk.samsat-kalsel@simpul.test');
    const result = await graphql(stack.gatewayUrl, rename, { id: own, name: '  ' }, tokens['admin@simpul.test']);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(result.errors?.[0].extensions?.messages?.id).toBeTruthy();
    expect(result.errors?.[0].extensions?.messages?.en).toBeTruthy();
  });

  it('refuses a direct call to the subgraph that bypasses the gateway', async () => {
    const result = await graphql(stack.registryUrl, '{ provinces { code } }');
    expect(result.status).toBe(401);
    expect(result.data ?? null).toBeNull();
  });
});

describe('gateway safeguards', () => {
  it('rejects an over-deep query before it runs', async () => {
    const deep =
      '{ serviceUnits(first: 1) { edges { node { agency { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } } }';
    const result = await graphql(stack.gatewayUrl, deep);
    expect(result.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('reports the gateway and every subgraph as healthy', async () => {
    const response = await fetch(stack.gatewayHealthUrl);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      subgraphs: {
        registry: { status: 'ok' },
        evaluation: { status: 'ok' },
        kipp: { status: 'ok' },
        mpp: { status: 'ok' },
        skm: { status: 'ok' },
      },
    });
  });
});

describe('federation across subgraphs', () => {
  it('shows the public the active MPP Kota Banjarmasin with its region and tenant agencies resolved from the registry', async () => {
    type Page<T> = { edges: { node: T }[] };
    const result = await graphql<{
      malls: Page<{ name: string; status: string; regency: { name: string }; tenancies: Page<{ agency: { name: string } }> }>;
    }>(
      stack.gatewayUrl,
      '{ malls(first: 20) { edges { node { name status regency { name } tenancies(first: 30) { edges { node { agency { name } } } } } } } }',
    );
    expect(result.errors).toBeUndefined();
    const malls = result.data?.malls.edges.map((edge) => edge.node) ?? [];
    const banjarmasin = malls.find((mall) => mall.regency.name === 'Kota Banjarmasin');
    expect(banjarmasin?.status).toBe('ACTIVE');
    expect(malls.every((mall) => mall.status === 'ACTIVE')).toBe(true);
    const agencies = banjarmasin?.tenancies.edges.map((edge) => edge.node.agency.name) ?? [];
    expect(agencies).toEqual(expect.arrayContaining(['Direktorat Jenderal Imigrasi', 'BPJS Kesehatan']));
  });
});

describe('PEKPPP results through the gateway', () => {
  it("extends the registry's ServiceUnit with its IPP history: Samsat Kalimantan Selatan 2022 is 4.02, A-, rank 20 of 34", async () => {
    const samsat = await boundUnitId('desk.samsat-kalsel@simpul.test');
    const result = await graphql<{
      serviceUnit: {
        name: string;
        ippResults: { year: number; index: number; category: { code: string; label: string }; rank: number; cohortSize: number }[];
      };
    }>(
      stack.gatewayUrl,
      'query($id: ID!) { serviceUnit(id: $id) { name ippResults { year index category { code label } rank cohortSize } } }',
      { id: samsat },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.serviceUnit.ippResults).toContainEqual({
      year: 2022,
      index: 4.02,
      category: { code: 'A-', label: 'Sangat Baik' },
      rank: 20,
      cohortSize: 34,
    });
  });

  it("accepts a desk's evidence file larger than a default request body, through the gateway", async () => {
    const unit = await boundUnitId('desk.samsat-kalsel@simpul.test');
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(300 * 1024, 'a'), Buffer.from('\n%%EOF\n')]);
    const result = await graphql<{ uploadEvidenceDocument: { sizeBytes: number; sha256: string } }>(
      stack.gatewayUrl,
      'mutation($input: UploadEvidenceInput!) { uploadEvidenceDocument(input: $input) { sizeBytes sha256 } }',
      {
        input: {
          serviceUnitId: unit,
          fileName: 'sk-standar-pelayanan.pdf',
          mimeType: 'application/pdf',
          contentBase64: pdf.toString('base64'),
        },
      },
      tokens['desk.samsat-kalsel@simpul.test'],
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.uploadEvidenceDocument.sizeBytes).toBe(pdf.length);
    expect(result.data?.uploadEvidenceDocument.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('SKM through the gateway', () => {
  it("shows a unit's latest IKM on the registry's ServiceUnit, with its category from the shared bands", async () => {
    const samsat = await boundUnitId('desk.samsat-kalsel@simpul.test');
    const result = await graphql<{ serviceUnit: { latestIkm: { value: number; category: { code: string }; respondents: number } | null } }>(
      stack.gatewayUrl,
      'query($id: ID!) { serviceUnit(id: $id) { latestIkm { value category { code } respondents } } }',
      { id: samsat },
    );
    expect(result.errors).toBeUndefined();
    const ikm = result.data?.serviceUnit.latestIkm;
    expect(ikm?.value).toBeGreaterThanOrEqual(25);
    expect(ikm?.value).toBeLessThanOrEqual(100);
    expect(ikm?.respondents).toBeGreaterThan(0);
    const expected = ikm!.value >= 88.31 ? 'A' : ikm!.value >= 76.61 ? 'B' : ikm!.value >= 65 ? 'C' : 'D';
    expect(ikm?.category.code).toBe(expected);
  });
});

describe('KIPP catalogue through the gateway', () => {
  it('finds an innovation by a misspelt, accent-free word for the public, with its replication on the unit it belongs to', async () => {
    const result = await graphql<{
      innovations: { totalCount: number; edges: { node: { title: string; replicatedBy: { edges: { node: { title: string } }[] } } }[] };
    }>(
      stack.gatewayUrl,
      '{ innovations(first: 10, filter: { search: "samsat terapng" }) { totalCount edges { node { title replicatedBy(first: 5) { edges { node { title } } } } } } }',
    );
    expect(result.errors).toBeUndefined();
    const original = result.data?.innovations.edges.find((edge) => edge.node.title.startsWith('SAMSAT Terapung:'));
    expect(original?.node.replicatedBy.edges.map((edge) => edge.node.title)).toContain('SAMSAT Terapung Kahayan');

    const samsat = await boundUnitId('desk.samsat-kalsel@simpul.test');
    const unit = await graphql<{ serviceUnit: { innovations: { edges: { node: { title: string } }[] } } }>(
      stack.gatewayUrl,
      'query($id: ID!) { serviceUnit(id: $id) { innovations(first: 20) { edges { node { title } } } } }',
      { id: samsat },
    );
    expect(unit.errors).toBeUndefined();
    expect(unit.data?.serviceUnit.innovations.edges.map((edge) => edge.node.title)).toContain(original?.node.title);
  });
});

describe("the portal's home for a desk", () => {
  it('answers one request from four services: the unit (registry), its IPP (evaluation), IKM (SKM) and innovations (KIPP)', async () => {
    const samsat = await boundUnitId('desk.samsat-kalsel@simpul.test');
    const result = await graphql<{
      serviceUnit: {
        name: string;
        ippResults: { year: number; rank: number | null }[];
        latestIkm: { value: number } | null;
        innovations: { totalCount: number };
      };
    }>(
      stack.gatewayUrl,
      `
        query MyUnitGlance($id: ID!) {
          serviceUnit(id: $id) {
            id
            name
            ippResults {
              year
              index
              category {
                code
                label
                labelEn
              }
              rank
              cohortSize
              published
            }
            latestIkm {
              value
              category {
                code
                label
                labelEn
              }
              periodLabel
              respondents
              sampleAdequate
            }
            innovations(first: 3) {
              totalCount
              edges {
                node {
                  id
                  title
                  latestYear
                  award
                }
              }
            }
          }
        }
      `,
      { id: samsat },
      tokens['desk.samsat-kalsel@simpul.test'],
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.serviceUnit.name).toBe('SAMSAT Kalimantan Selatan');
    expect(result.data?.serviceUnit.ippResults).toContainEqual(expect.objectContaining({ year: 2022, rank: 20 }));
    expect(result.data?.serviceUnit.latestIkm?.value).toBeGreaterThan(0);
    expect(result.data?.serviceUnit.innovations.totalCount).toBeGreaterThan(0);
  });
});
