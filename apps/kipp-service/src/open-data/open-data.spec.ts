import { DataSource } from 'typeorm';
import { downloadOpenData, fetchOpenDataCatalog, readSecret, type OpenDataFormat } from '@simpul/service-kit';
import { startKipp, type KippHarness } from '../test-support/kipp-test-app';

const FORMATS: OpenDataFormat[] = ['csv', 'json', 'xlsx'];
const DRAFT_TITLE = 'Rancangan inovasi rahasia 5521';
const STOP_REASON = 'Alasan internal berhenti 8830';
const secret = readSecret('INTERNAL_SECRET');

let kipp: KippHarness;
let sql: <T>(text: string, params?: unknown[]) => Promise<T[]>;

beforeAll(async () => {
  kipp = await startKipp();
  sql = (text, params) => kipp.app.get(DataSource).query(text, params);
  // A draft proposal (never public) and a status reason given by a local admin.
  await sql(
    `INSERT INTO kipp.proposals (id, competition_id, service_unit_id, agency_id, agency_type, region_code, province_code, group_code,
       category, title, innovation_started_on, status, created_by)
     SELECT gen_random_uuid(), (SELECT id FROM kipp.competitions ORDER BY year DESC LIMIT 1), i.service_unit_id, i.agency_id, i.agency_type,
       i.region_code, i.province_code, 'UMUM', i.category, $1, DATE '2025-01-01', 'DRAFT', gen_random_uuid()
     FROM kipp.innovations i WHERE i.service_unit_id IS NOT NULL ORDER BY i.id LIMIT 1`,
    [DRAFT_TITLE],
  );
  await sql(
    `UPDATE kipp.innovations SET status = 'STOPPED', status_reason = $1 WHERE id = (SELECT id FROM kipp.innovations ORDER BY id LIMIT 1)`,
    [STOP_REASON],
  );
});

afterAll(() => kipp.close());

describe('KIPP open data', () => {
  it('lists kipp-innovations in its catalogue', async () => {
    const catalog = await fetchOpenDataCatalog(kipp.url, secret);
    expect(catalog.map((d) => d.identifier)).toEqual(['kipp-innovations']);
    expect(catalog[0].fields.map((f) => f.name)).toEqual(expect.arrayContaining(['title', 'award', 'award_years', 'origin']));
  });

  it.each(FORMATS)('kipp-innovations.%s holds the catalogue and no proposal or status reason', async (format) => {
    const download = await downloadOpenData(kipp.url, 'kipp-innovations', format, secret);
    expect(download.status).toBe(200);
    const [{ n }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM kipp.innovations`);
    expect(n).toBeGreaterThan(0);
    expect(download.rows).toHaveLength(n);
    expect(download.rows.find((row) => row.status === 'STOPPED')).toBeTruthy();
    expect(String(download.rows[0].award)).toMatch(/^TOP(99|45)$/);
    const text = format === 'xlsx' ? JSON.stringify(download.rows) : download.body.toString('utf8');
    expect(text).not.toContain(DRAFT_TITLE);
    expect(text).not.toContain(STOP_REASON);
  });
});
