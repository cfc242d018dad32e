import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { downloadOpenData, fetchOpenDataCatalog, readSecret, type OpenDataFormat } from '@simpul/service-kit';
import { startMpp, type MppHarness } from '../test-support/mpp-test-app';

const FORMATS: OpenDataFormat[] = ['csv', 'json', 'xlsx'];
const PROPOSED_NAME = 'MPP Usulan Belum Diresmikan 6612';
const ONBOARDING_AGENCY = randomUUID();
const secret = readSecret('INTERNAL_SECRET');

let mpp: MppHarness;
let sql: <T>(text: string, params?: unknown[]) => Promise<T[]>;
let activeMallId: string;

beforeAll(async () => {
  mpp = await startMpp();
  sql = (text, params) => mpp.app.get(DataSource).query(text, params);
  // A mall still proposed, and a tenant only invited to an active mall: neither is public yet.
  await sql(`INSERT INTO mpp.malls (id, name, regency_code, status) VALUES ($1, $2, '63.71', 'PROPOSED')`, [randomUUID(), PROPOSED_NAME]);
  [{ id: activeMallId }] = await sql<{ id: string }>(
    `SELECT m.id FROM mpp.malls m WHERE m.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM mpp.tenancies t WHERE t.mall_id = m.id AND t.step = 'LIVE') ORDER BY m.name LIMIT 1`,
  );
  await sql(`INSERT INTO mpp.tenancies (id, mall_id, agency_id, step) VALUES ($1, $2, $3, 'INVITED')`, [
    randomUUID(),
    activeMallId,
    ONBOARDING_AGENCY,
  ]);
});

afterAll(() => mpp.close());

describe('MPP open data', () => {
  it('lists mpp-malls in its catalogue', async () => {
    const catalog = await fetchOpenDataCatalog(mpp.url, secret);
    expect(catalog.map((d) => d.identifier)).toEqual(['mpp-malls']);
  });

  it.each(FORMATS)('mpp-malls.%s holds the active malls with their live tenants only', async (format) => {
    const download = await downloadOpenData(mpp.url, 'mpp-malls', format, secret);
    expect(download.status).toBe(200);
    const [{ n }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM mpp.malls WHERE status = 'ACTIVE'`);
    expect(download.rows).toHaveLength(n);
    const mall = download.rows.find((row) => row.id === activeMallId);
    const [{ live }] = await sql<{ live: number }>(`SELECT count(*)::int AS live FROM mpp.tenancies WHERE mall_id = $1 AND step = 'LIVE'`, [
      activeMallId,
    ]);
    expect(live).toBeGreaterThan(0);
    expect(Number(mall?.tenant_count)).toBe(live);
    const text = format === 'xlsx' ? JSON.stringify(download.rows) : download.body.toString('utf8');
    expect(text).not.toContain(PROPOSED_NAME);
    expect(text).not.toContain(ONBOARDING_AGENCY);
    // No visitor, agreement or operator data in any column.
    expect(Object.keys(download.rows[0])).toEqual(MPP_KEYS);
  });
});

const MPP_KEYS = [
  'id',
  'name',
  'regency_code',
  'province_code',
  'address',
  'status',
  'opened_on',
  'managing_unit_id',
  'tenant_count',
  'tenant_agency_ids',
  'origin',
  'updated_at',
];
