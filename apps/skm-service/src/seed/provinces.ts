import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse/sync';

// Province codes and names from the `idn-area-data` package (ODbL v1.0 data, MIT code).

export interface Province {
  code: string;
  name: string;
}

export function readProvinces(): Province[] {
  const packageJson = createRequire(path.join(process.cwd(), 'package.json')).resolve('idn-area-data/package.json');
  const text = fs.readFileSync(path.join(path.dirname(packageJson), 'data', 'provinces.csv'), 'utf8');
  return parse<Record<string, string>>(text, { columns: true, bom: true, skip_empty_lines: true, trim: true }).map((row) => ({
    code: row.code,
    name: row.name,
  }));
}
