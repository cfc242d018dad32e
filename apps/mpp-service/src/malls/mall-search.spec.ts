import { CALLERS, dataOf, nodesOf, startMpp, type MppHarness, type Page } from '../test-support/mpp-test-app';

// The malls' search box reads what people type as the registry's lists and the cross-module search
// do (listSearchCondition of @simpul/service-kit over mpp.search_key): case, accents, abbreviations.

describe('searching malls as people type', () => {
  let mpp: MppHarness;
  beforeAll(async () => {
    mpp = await startMpp();
  });
  afterAll(() => mpp?.close());

  const names = async (search: string) =>
    nodesOf(
      dataOf(
        await mpp.graphql<{ malls: Page<{ name: string }> }>(
          `query($search: String) { malls(first: 100, filter: { search: $search }) { edges { node { name } } } }`,
          { search },
          { caller: CALLERS.admin },
        ),
      ).malls,
    ).map((mall) => mall.name);

  it('"BJM", the way Banjarmasin is often written, finds the Banjarmasin mall and not Banjarbaru', async () => {
    const found = await names('BJM');
    expect(found).toContain('Mal Pelayanan Publik Kota Banjarmasin');
    expect(found.every((name) => /banjarmasin/i.test(name))).toBe(true);
  });

  it('"kab" stands for Kabupaten, and every word must match', async () => {
    expect(await names('kab banjar')).toEqual(['Mal Pelayanan Publik Kabupaten Banjar']);
  });

  it('ignores case and accents', async () => {
    expect(await names('KOTA Bánjarbaru')).toEqual(['Mal Pelayanan Publik Kota Banjarbaru']);
  });

  it('text without a letter or digit is no filter', async () => {
    expect((await names('%')).length).toBe((await names('')).length);
  });
});
