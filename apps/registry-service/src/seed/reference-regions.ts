import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse/sync';
import { RegencyKind, RegionLevel } from '../regions/region-level.enum';

// Province and kabupaten/kota codes and names come from the `idn-area-data` package
// (https://github.com/fityannugroho/idn-area-data). Its data is made available under the
// Open Database License (ODbL) v1.0; the package code is MIT. Credited in the README.

export interface RegionRow {
  code: string;
  name: string;
  level: RegionLevel;
  regencyKind: RegencyKind | null;
  parentCode: string | null;
  provinceCode: string;
}

function dataDirectory(): string {
  // Resolved from the working directory, so it works from sources (Jest) and from the bundle.
  const packageJson = createRequire(path.join(process.cwd(), 'package.json')).resolve('idn-area-data/package.json');
  return path.join(path.dirname(packageJson), 'data');
}

function readCsv(file: string): Record<string, string>[] {
  return parse<Record<string, string>>(fs.readFileSync(path.join(dataDirectory(), file), 'utf8'), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    trim: true,
  });
}

/** 38 provinces, then 514 kabupaten/kota, with Kemendagri codes (`63`, `63.71`). */
export function readReferenceRegions(): RegionRow[] {
  const provinces = readCsv('provinces.csv').map((row) => ({
    code: row.code,
    name: row.name,
    level: RegionLevel.PROVINCE,
    regencyKind: null,
    parentCode: null,
    provinceCode: row.code,
  }));
  const regencies = readCsv('regencies.csv').map((row) => ({
    code: row.code,
    name: row.name,
    level: RegionLevel.REGENCY,
    // "Kota Administrasi ..." (Jakarta) is a kota; "Kabupaten Administrasi Kepulauan Seribu" a kabupaten.
    regencyKind: row.name.startsWith('Kota') ? RegencyKind.KOTA : RegencyKind.KABUPATEN,
    parentCode: row.province_code,
    provinceCode: row.province_code,
  }));
  return [...provinces, ...regencies];
}
