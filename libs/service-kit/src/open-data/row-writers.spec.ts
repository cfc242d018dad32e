import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { CC_BY_4_0, type OpenDataset } from './dataset';
import { normaliseRow, rowWriter } from './row-writers';

const dataset: OpenDataset = {
  id: 'sample',
  title: { id: 'Contoh', en: 'Sample' },
  description: { id: 'Contoh', en: 'Sample' },
  keywords: [],
  theme: [],
  license: CC_BY_4_0,
  fields: [
    { key: 'name', type: 'string', description: { id: 'Nama', en: 'Name' } },
    { key: 'score', type: 'number', description: { id: 'Nilai', en: 'Score' } },
    { key: 'open', type: 'boolean', description: { id: 'Buka', en: 'Open' } },
  ],
  sql: 'SELECT 1',
  modifiedSql: 'SELECT now() AS modified',
};

const rows = [
  normaliseRow(dataset.fields, { name: '=HYPERLINK("x")', score: '4.02', open: true, secret: 'never' }),
  normaliseRow(dataset.fields, { name: 'Kota "Banjarmasin", Kalsel', score: null, open: false }),
];

async function written(format: 'csv' | 'json' | 'xlsx', given = rows): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => out.on('end', resolve));
  const writer = rowWriter(format, out, dataset);
  await writer.start();
  await writer.write(given);
  await writer.end();
  await ended;
  return Buffer.concat(chunks);
}

describe('open data writers', () => {
  it('keep only the declared fields, with their types', () => {
    expect(rows[0]).toEqual({ name: '=HYPERLINK("x")', score: 4.02, open: true });
  });

  it('write RFC 4180 CSV with formula-like text neutralised', async () => {
    expect((await written('csv')).toString('utf8')).toBe(
      `name,score,open\r\n"'=HYPERLINK(""x"")",4.02,true\r\n"Kota ""Banjarmasin"", Kalsel",,false\r\n`,
    );
  });

  describe.each(['csv', 'xlsx'] as const)('%s neutralises formula-like text, also after leading whitespace', (format) => {
    it.each([' =1+1', '\t=1', '@SUM(1)', '+1', '-1', ' =HYPERLINK("http://x","klik")', '\u00a0=1'])('%j', async (probe) => {
      const bytes = await written(format, [normaliseRow(dataset.fields, { name: probe, score: 1, open: true })]);
      if (format === 'xlsx') {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
        expect(workbook.getWorksheet('data')?.getCell('A2').value).toBe(`'${probe}`);
      } else {
        const quoted = `'${probe}`;
        const field = /[,"\r\n]/.test(quoted) ? `"${quoted.replace(/"/g, '""')}"` : quoted;
        expect(bytes.toString('utf8')).toBe(`name,score,open\r\n${field},1,true\r\n`);
      }
    });
  });

  it('write a JSON array that keeps values as they are', async () => {
    expect(JSON.parse((await written('json')).toString('utf8'))).toEqual([
      { name: '=HYPERLINK("x")', score: 4.02, open: true },
      { name: 'Kota "Banjarmasin", Kalsel', score: null, open: false },
    ]);
  });

  it('write an XLSX with the rows and a sheet saying what each field means', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await written('xlsx')) as unknown as ArrayBuffer);
    const data = workbook.getWorksheet('data');
    expect(data?.getRow(1).values).toEqual([undefined, 'name', 'score', 'open']);
    expect(data?.getRow(2).values).toEqual([undefined, `'=HYPERLINK("x")`, 4.02, true]);
    expect(workbook.getWorksheet('fields')?.getRow(3).values).toEqual([undefined, 'score', 'number', 'Nilai', 'Score']);
  });

  it('write a batch larger than one socket write whole and in order', async () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      normaliseRow(dataset.fields, { name: `Unit layanan nomor ${i}`, score: i, open: true }),
    );
    const csv = (await written('csv', many)).toString('utf8').split('\r\n');
    expect(csv).toHaveLength(5002);
    expect(csv[5000]).toBe('Unit layanan nomor 4999,4999,true');
    const json = JSON.parse((await written('json', many)).toString('utf8')) as unknown[];
    expect(json).toHaveLength(5000);
    expect(json[4999]).toEqual({ name: 'Unit layanan nomor 4999', score: 4999, open: true });
  });
});
