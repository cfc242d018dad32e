import fs from 'node:fs';
import path from 'node:path';

// Every CSV and XLSX a module writes goes through the shared helpers, which neutralise formula-like
// text (also after leading spaces): `exportRows`/`toCsv` in @simpul/reporting, `writeExportFile` here
// and the open-data row writers. This spec fails when a module writes a spreadsheet around them.

const ROOT = path.resolve(__dirname, '../../../..');
const HELPERS = new Set([
  'libs/reporting/src/export/export-rows.ts',
  'libs/service-kit/src/export/write-export-file.ts',
  'libs/service-kit/src/open-data/row-writers.ts',
]);
// Building a workbook to write, or CSV lines (RFC 4180 ends them with CRLF).
const WRITES_SPREADSHEET = [/addWorksheet\(/, /WorkbookWriter/, /\.xlsx\.write(Buffer)?\(/, /\\r\\n/];
// Not shipped to users: tests, test support and the demo/bench data generators.
const NOT_SHIPPED = /(\.spec\.tsx?$|\/test-support\/|\/testing\/|\/seed\/|\/e2e\/)/;

function sources(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sources(full);
    return /\.(ts|tsx|mjs)$/.test(entry.name) ? [full] : [];
  });
}

const shipped = ['apps', 'libs']
  .flatMap((top) => fs.readdirSync(path.join(ROOT, top)).map((project) => path.join(ROOT, top, project, 'src')))
  .flatMap(sources)
  .map((file) => path.relative(ROOT, file).split(path.sep).join('/'))
  .filter((file) => !NOT_SHIPPED.test(file));

describe('one export helper for every CSV and XLSX', () => {
  it('finds the helpers themselves (the scan works)', () => {
    for (const helper of HELPERS) expect(shipped).toContain(helper);
  });

  it('no module builds a workbook or CSV lines outside the helpers', () => {
    const writers = shipped.filter((file) =>
      WRITES_SPREADSHEET.some((pattern) => pattern.test(fs.readFileSync(path.join(ROOT, file), 'utf8'))),
    );
    expect(writers.sort()).toEqual([...HELPERS].sort());
  });

  it('a browser download of CSV is text from @simpul/reporting (directly or through a local module)', () => {
    const downloads = shipped.filter((file) => {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      return /new Blob\(/.test(text) && /text\/csv/.test(text);
    });
    for (const file of downloads) {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      const local = [...text.matchAll(/from '(\.{1,2}\/[^']+)'/g)].map((match) => path.join(ROOT, path.dirname(file), `${match[1]}.ts`));
      const viaHelper = [text, ...local.filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f, 'utf8'))].some((t) =>
        /from '@simpul\/reporting'/.test(t),
      );
      expect({ file, viaHelper }).toEqual({ file, viaHelper: true });
    }
  });
});
