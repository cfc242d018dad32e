import { downloadOpenData, openDataRequest, readSecret, type OpenDataCatalogEntry, type OpenDataFormat } from '@simpul/service-kit';
import { DPMPTSP_KALTENG, SAMSAT_KALSEL, startRegistry, type RegistryHarness } from '../test-support/registry-test-app';

const FORMATS: OpenDataFormat[] = ['csv', 'json', 'xlsx'];
const OFFICER_EMAIL = 'budi.petugas.pribadi@example.test';
const OFFICER_PHONE = '+62 811-5555-0199';
const ARCHIVED_NAME = 'Unit Lama Yang Diarsipkan 7731';
const UNPUBLISHED_FEE = 'Tarif rancangan 4417 belum diumumkan';
const INTERNAL_STAFF = 'Pelaksana internal 9902 orang';

let registry: RegistryHarness;
const secret = readSecret('INTERNAL_SECRET');

beforeAll(async () => {
  registry = await startRegistry();
  // A unit whose contact is an officer's own e-mail and phone, with a name a spreadsheet would run.
  await registry.sql(`UPDATE registry.service_units SET email = $2, phone = $3, name = '=1+1 ' || name WHERE id = $1`, [
    SAMSAT_KALSEL,
    OFFICER_EMAIL,
    OFFICER_PHONE,
  ]);
  await registry.sql(`UPDATE registry.service_units SET name = $2, archived_at = now() WHERE id = $1`, [DPMPTSP_KALTENG, ARCHIVED_NAME]);
  // One service with a fee not yet published and a management component (never public).
  await registry.sql(
    `UPDATE registry.services SET standard = standard
       || jsonb_build_object('FEE', jsonb_build_object('content', $2::text, 'published', false))
       || jsonb_build_object('STAFF_COUNT', jsonb_build_object('content', $3::text, 'published', true))
     WHERE id = (SELECT id FROM registry.services WHERE service_unit_id = $1 AND archived_at IS NULL ORDER BY id LIMIT 1)`,
    [SAMSAT_KALSEL, UNPUBLISHED_FEE, INTERNAL_STAFF],
  );
});

afterAll(() => registry.close());

const count = async (sql: string) => Number((await registry.sql<{ n: string }>(sql))[0].n);

describe('registry open data', () => {
  it('lists both datasets in its DCAT catalogue with fields, licence, last update and three downloads', async () => {
    const response = await fetch(`${registry.url}/open-data/catalog`, { headers: { 'x-simpul-internal': '' } });
    expect(response.status).toBe(401);
    const body = (await (await openDataRequest(registry.url, 'catalog', secret)).json()) as { dataset: OpenDataCatalogEntry[] };
    expect(body.dataset.map((d) => d.identifier)).toEqual(['service-units', 'services']);
    for (const dataset of body.dataset) {
      expect(dataset).toMatchObject({ license: 'https://creativecommons.org/licenses/by/4.0/', accessLevel: 'public' });
      expect(dataset.title).toBeTruthy();
      expect(dataset.descriptionEn).toBeTruthy();
      expect(Date.parse(dataset.modified)).not.toBeNaN();
      expect(dataset.fields.length).toBeGreaterThan(3);
      expect(dataset.distribution.map((d) => [d.downloadURL, d.mediaType])).toEqual([
        [`/data/${dataset.identifier}.csv`, 'text/csv'],
        [`/data/${dataset.identifier}.json`, 'application/json'],
        [`/data/${dataset.identifier}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ]);
    }
  });

  it.each(FORMATS)('service-units.%s holds every active unit and no officer contact or archived unit', async (format) => {
    const download = await downloadOpenData(registry.url, 'service-units', format, secret);
    expect(download.status).toBe(200);
    expect(download.rows).toHaveLength(await count(`SELECT count(*) AS n FROM registry.service_units WHERE archived_at IS NULL`));
    const samsat = download.rows.find((row) => row.id === SAMSAT_KALSEL);
    expect(samsat).toMatchObject({ kind: 'SAMSAT', province_code: '63' });
    // Formula-like text is neutralised where a spreadsheet opens it, kept as is in JSON.
    expect(String(samsat?.name)).toMatch(format === 'json' ? /^=1\+1 / : /^'=1\+1 /);
    expect(Object.keys(samsat ?? {})).not.toEqual(expect.arrayContaining(['email']));
    expect(Object.keys(samsat ?? {})).not.toEqual(expect.arrayContaining(['phone']));
    const text = format === 'xlsx' ? JSON.stringify(download.rows) : download.body.toString('utf8');
    expect(text).not.toContain(OFFICER_EMAIL);
    expect(text).not.toContain(OFFICER_PHONE);
    expect(text).not.toContain(ARCHIVED_NAME);
  });

  it.each(FORMATS)('services.%s holds published delivery components only', async (format) => {
    const download = await downloadOpenData(registry.url, 'services', format, secret);
    expect(download.status).toBe(200);
    expect(download.rows).toHaveLength(
      await count(`SELECT count(*) AS n FROM registry.services s JOIN registry.service_units u ON u.id = s.service_unit_id
        WHERE s.archived_at IS NULL AND u.archived_at IS NULL`),
    );
    const changed = download.rows.find((row) => row.service_unit_id === SAMSAT_KALSEL && !row.fee);
    expect(changed?.requirements).toBeTruthy();
    const text = format === 'xlsx' ? JSON.stringify(download.rows) : download.body.toString('utf8');
    expect(text).not.toContain(UNPUBLISHED_FEE);
    expect(text).not.toContain(INTERNAL_STAFF);
  });

  it('answers 404 for a dataset or format it does not have', async () => {
    expect((await downloadOpenData(registry.url, 'nothing', 'csv', secret)).status).toBe(404);
    expect((await openDataRequest(registry.url, 'services.pdf', secret)).status).toBe(404);
  });
});
