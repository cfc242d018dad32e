import { OmbudsmanDimension, OmbudsmanMethod, OmbudsmanOpinion } from './ombudsman.enums';
import type { OmbudsmanCandidate, RuleViolation } from './ombudsman-rules';
import type { RawRow } from './read-table-file';

/**
 * The columns of an import file: English names or their Indonesian ones (headers are lower-cased,
 * spaces and dashes become `_`). agency_id, year and method are required; the four dimension
 * columns hold the published dimension scores.
 */
export const IMPORT_COLUMNS = {
  agencyId: ['agency_id', 'id_instansi'],
  year: ['year', 'tahun'],
  method: ['method', 'metode'],
  score: ['score', 'nilai'],
  opinion: ['opinion', 'opini'],
  maladministrationRisk: ['maladministration_risk', 'risiko_maladministrasi'],
  origin: ['origin', 'asal_data'],
  source: ['source', 'sumber'],
} as const;

export const REQUIRED_COLUMNS = ['agencyId', 'year', 'method'] as const;

const DIMENSION_COLUMNS: Record<OmbudsmanDimension, string[]> = {
  [OmbudsmanDimension.INPUT]: ['input'],
  [OmbudsmanDimension.PROSES]: ['proses', 'process'],
  [OmbudsmanDimension.OUTPUT]: ['output'],
  [OmbudsmanDimension.PENGADUAN]: ['pengaduan', 'complaints'],
};

export function hasColumn(headers: readonly string[], column: keyof typeof IMPORT_COLUMNS): boolean {
  return IMPORT_COLUMNS[column].some((name) => headers.includes(name));
}

function cell(row: RawRow, names: readonly string[]): string {
  for (const name of names) if (row.cells[name]) return row.cells[name];
  return '';
}

/** "69,63" (Indonesian) or "69.63"; empty is null; anything else NaN (refused by the rules). */
function number(text: string): number | null {
  if (text === '') return null;
  const normalised = text.replace(/\s/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}

const bad = (field: string, en: string, id: string): RuleViolation => ({ code: 'BAD_USER_INPUT', field, en, id });

/** One file row as a candidate result, or the cells that cannot be read as one. */
export function rowCandidate(row: RawRow): { candidate: OmbudsmanCandidate | null; violations: RuleViolation[] } {
  const violations: RuleViolation[] = [];
  const yearText = cell(row, IMPORT_COLUMNS.year);
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText))
    violations.push(bad('year', 'The year must be four digits, e.g. 2022.', 'Tahun harus empat angka, mis. 2022.'));
  const methodText = cell(row, IMPORT_COLUMNS.method).toUpperCase();
  const method = Object.values(OmbudsmanMethod).find((value) => String(value) === methodText);
  if (!method)
    violations.push(
      bad(
        'methodVersion',
        'The method must be KEPATUHAN_2015, OPINI_2022 or OPINI_2025.',
        'Metode harus KEPATUHAN_2015, OPINI_2022 atau OPINI_2025.',
      ),
    );
  const opinionText = cell(row, IMPORT_COLUMNS.opinion).toUpperCase();
  const opinion = opinionText === '' ? null : (Object.values(OmbudsmanOpinion).find((value) => String(value) === opinionText) ?? null);
  if (opinionText !== '' && !opinion)
    violations.push(bad('opinion', 'The opinion must be A, B, C, D or E.', 'Opini harus A, B, C, D atau E.'));
  const originText = cell(row, IMPORT_COLUMNS.origin).toUpperCase();
  const origin =
    originText === '' || originText === 'OFFICIAL' || originText === 'RESMI'
      ? 'OFFICIAL'
      : originText === 'DEMO' || originText === 'CONTOH'
        ? 'DEMO'
        : null;
  if (!origin)
    violations.push(
      bad('origin', 'The origin must be OFFICIAL (resmi) or DEMO (contoh).', 'Asal data harus OFFICIAL (resmi) atau DEMO (contoh).'),
    );
  const dimensions = Object.entries(DIMENSION_COLUMNS).flatMap(([dimension, names]) => {
    const score = number(cell(row, names));
    return score === null ? [] : [{ dimension: dimension as OmbudsmanDimension, score }];
  });
  if (violations.length || !method || !origin) return { candidate: null, violations };
  return {
    candidate: {
      agencyId: cell(row, IMPORT_COLUMNS.agencyId),
      year,
      method,
      score: number(cell(row, IMPORT_COLUMNS.score)),
      opinion,
      dimensions,
      maladministrationRisk: cell(row, IMPORT_COLUMNS.maladministrationRisk) || null,
      unitFindings: [],
      origin,
      source: cell(row, IMPORT_COLUMNS.source) || null,
    },
    violations,
  };
}
