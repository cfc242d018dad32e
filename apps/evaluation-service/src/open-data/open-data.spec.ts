import { DataSource } from 'typeorm';
import { downloadOpenData, fetchOpenDataCatalog, readSecret, type OpenDataFormat } from '@simpul/service-kit';
import { startEvaluation, type EvaluationHarness } from '../test-support/evaluation-test-app';

const FORMATS: OpenDataFormat[] = ['csv', 'json', 'xlsx'];
const secret = readSecret('INTERNAL_SECRET');

let evaluation: EvaluationHarness;
let sql: <T>(text: string, params?: unknown[]) => Promise<T[]>;
let hiddenResultIds: string[];

beforeAll(async () => {
  evaluation = await startEvaluation();
  sql = (text, params) => evaluation.app.get(DataSource).query(text, params);
  // One published cycle taken back: its results must leave every download.
  const [hidden] = await sql<{ id: string }>(
    `SELECT c.id FROM evaluation.cycles c WHERE c.published_at IS NOT NULL AND EXISTS (SELECT 1 FROM evaluation.results r WHERE r.cycle_id = c.id) ORDER BY c.year LIMIT 1`,
  );
  await sql(`UPDATE evaluation.cycles SET published_at = NULL WHERE id = $1`, [hidden.id]);
  hiddenResultIds = (await sql<{ id: string }>(`SELECT id FROM evaluation.results WHERE cycle_id = $1`, [hidden.id])).map((r) => r.id);
});

afterAll(() => evaluation.close());

describe('evaluation open data', () => {
  it('lists pekppp-results and ombudsman-results in its catalogue', async () => {
    const catalog = await fetchOpenDataCatalog(evaluation.url, secret);
    expect(catalog.map((d) => d.identifier)).toEqual(['pekppp-results', 'ombudsman-results']);
    const entry = catalog.find((d) => d.identifier === 'pekppp-results');
    expect(entry?.distribution.map((d) => d.format)).toEqual(['CSV', 'JSON', 'XLSX']);
    expect(entry?.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['ipp', 'category', 'origin', 'source']));
  });

  it.each(FORMATS)('pekppp-results.%s holds the current results of published cycles only', async (format) => {
    const download = await downloadOpenData(evaluation.url, 'pekppp-results', format, secret);
    expect(download.status).toBe(200);
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM evaluation.results r JOIN evaluation.cycles c ON c.id = r.cycle_id WHERE r.current AND c.published_at IS NOT NULL`,
    );
    expect(n).toBeGreaterThan(0);
    expect(download.rows).toHaveLength(n);
    expect(hiddenResultIds.length).toBeGreaterThan(0);
    for (const id of hiddenResultIds) expect(download.rows.map((row) => row.result_id)).not.toContain(id);
    const first = download.rows[0];
    expect(Number(first.ipp)).toBeGreaterThanOrEqual(1);
    expect(['OFFICIAL', 'DEMO']).toContain(first.origin);
    expect(String(first.category)).toMatch(/^[A-F]/);
    // Nothing that names a person or an evidence file.
    expect(Object.keys(first)).not.toEqual(expect.arrayContaining(['computed_by']));
    expect(download.body.toString('latin1')).not.toMatch(/evidence|storage_key/i);
  });

  it.each(FORMATS)('ombudsman-results.%s holds every recorded result with its zone and source, not who recorded it', async (format) => {
    const recorder = '7d0c2b8e-5f1a-4c3e-9b2a-6e4f1d0c9a77';
    await sql(`UPDATE evaluation.ombudsman_results SET recorded_by = $1`, [recorder]);
    const download = await downloadOpenData(evaluation.url, 'ombudsman-results', format, secret);
    expect(download.status).toBe(200);
    const [{ n }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM evaluation.ombudsman_results`);
    expect(n).toBeGreaterThan(0);
    expect(download.rows).toHaveLength(n);
    // The published Kalimantan Selatan 2022 figure: Kota Banjarmasin 69,63, yellow, official with its source.
    const banjarmasin = download.rows.find((row) => String(row.agency_name).includes('Banjarmasin') && Number(row.year) === 2022);
    expect(banjarmasin).toMatchObject({ zone: 'KUNING', origin: 'OFFICIAL' });
    expect(Number(banjarmasin?.score)).toBe(69.63);
    expect(banjarmasin?.source).toBeTruthy();
    expect(Object.keys(download.rows[0])).not.toContain('recorded_by');
    const text = format === 'xlsx' ? JSON.stringify(download.rows) : download.body.toString('utf8');
    expect(text).not.toContain(recorder);
  });
});
