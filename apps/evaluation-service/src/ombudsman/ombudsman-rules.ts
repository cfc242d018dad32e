import { isUuid } from '@simpul/service-kit';
import { ombudsmanDimensionWeight, ombudsmanResultZone, type OmbudsmanDimension as ScoringDimension } from '@simpul/scoring';
import type { AgencyFacts } from './agency-directory';
import { METHOD_FIRST_YEAR, OmbudsmanMethod, type OmbudsmanDimension, type OmbudsmanOpinion, type OmbudsmanZone } from './ombudsman.enums';

/** One result as entered or read from a file row, before it is checked. */
export interface OmbudsmanCandidate {
  agencyId: string;
  year: number;
  method: OmbudsmanMethod;
  score: number | null;
  opinion: OmbudsmanOpinion | null;
  dimensions: { dimension: OmbudsmanDimension; score: number }[];
  maladministrationRisk: string | null;
  unitFindings: { serviceUnitId: string | null; unitName: string; score: number | null; note: string | null }[];
  origin: 'OFFICIAL' | 'DEMO';
  source: string | null;
}

/** A checked result, ready to store: the zone from @simpul/scoring, the agency's name and region from the registry. */
export interface CheckedResult extends OmbudsmanCandidate {
  zone: OmbudsmanZone;
  agencyName: string;
  regionCode: string | null;
  dimensionWeights: (number | null)[];
  findingZones: (OmbudsmanZone | null)[];
}

export interface RuleViolation {
  code: 'BAD_USER_INPUT' | 'CONFLICT';
  field: string;
  en: string;
  id: string;
}

const bad = (field: string, en: string, id: string): RuleViolation => ({ code: 'BAD_USER_INPUT', field, en, id });

const METHOD_NAME: Record<OmbudsmanMethod, { en: string; id: string }> = {
  [OmbudsmanMethod.KEPATUHAN_2015]: { en: 'the 2015–2021 compliance score method', id: 'metode nilai kepatuhan 2015–2021' },
  [OmbudsmanMethod.OPINI_2022]: { en: 'the 2022 opinion method', id: 'metode opini 2022' },
  [OmbudsmanMethod.OPINI_2025]: { en: 'the 2025 opinion method', id: 'metode opini 2025' },
};

/** A published score: 0–100 with at most two decimals (as the Ombudsman prints it). */
function scoreProblem(value: number, field: string): RuleViolation | null {
  if (!Number.isFinite(value) || value < 0 || value > 100)
    return bad(field, `The score must be between 0 and 100 (got ${value}).`, `Nilai harus antara 0 dan 100 (tertulis ${value}).`);
  if (Math.abs(Math.round(value * 100) - value * 100) > 1e-6)
    return bad(field, 'The score has at most two decimals, as published.', 'Nilai paling banyak dua angka desimal, sesuai publikasi.');
  return null;
}

/**
 * Every rule a published result must meet, in the order a person fixes them. `agency` is the registry's
 * answer for `agencyId` (undefined: unknown). Duplicates against stored rows are the caller's (SQL).
 */
export function checkOmbudsmanResult(
  input: OmbudsmanCandidate,
  agency: AgencyFacts | undefined,
  currentYear: number,
): { result: CheckedResult | null; violations: RuleViolation[] } {
  const violations: RuleViolation[] = [];
  const method = METHOD_NAME[input.method];
  if (!isUuid(input.agencyId) || !agency)
    violations.push(
      bad(
        'agencyId',
        'The agency is not in the registry: use the id of a registry agency.',
        'Instansi tidak ada di registri: gunakan ID instansi registri.',
      ),
    );
  if (!Number.isInteger(input.year) || input.year < 2015)
    violations.push(
      bad(
        'year',
        'The year must be 2015 or later (the first Ombudsman compliance assessment).',
        'Tahun harus 2015 atau sesudahnya (penilaian kepatuhan Ombudsman pertama).',
      ),
    );
  else if (input.year > currentYear)
    violations.push(
      bad(
        'year',
        `The year ${input.year} is in the future: record results once they are published.`,
        `Tahun ${input.year} belum tiba: catat hasil setelah dipublikasikan.`,
      ),
    );
  else if (input.year < METHOD_FIRST_YEAR[input.method])
    violations.push(
      bad(
        'methodVersion',
        `${method.en[0].toUpperCase()}${method.en.slice(1)} was first used in ${METHOD_FIRST_YEAR[input.method]}, not in ${input.year}.`,
        `${method.id[0].toUpperCase()}${method.id.slice(1)} baru dipakai sejak ${METHOD_FIRST_YEAR[input.method]}, bukan ${input.year}.`,
      ),
    );
  if (input.score !== null) {
    const problem = scoreProblem(input.score, 'score');
    if (problem) violations.push(problem);
  }
  if (input.method === OmbudsmanMethod.KEPATUHAN_2015) {
    if (input.opinion !== null)
      violations.push(
        bad(
          'opinion',
          'An opinion (A–E) belongs to the 2022 and 2025 methods, not to the 2015–2021 score method.',
          'Opini (A–E) hanya untuk metode 2022 dan 2025, bukan metode nilai 2015–2021.',
        ),
      );
    if (input.score === null)
      violations.push(bad('score', 'The 2015–2021 method needs the score (0–100).', 'Metode 2015–2021 memerlukan nilai (0–100).'));
    if (input.dimensions.length)
      violations.push(
        bad('dimensions', 'Dimension scores belong to the 2022 and 2025 methods.', 'Nilai dimensi hanya untuk metode 2022 dan 2025.'),
      );
  } else if (input.opinion === null) {
    violations.push(bad('opinion', `The opinion (A–E) is required for ${method.en}.`, `Opini (A–E) wajib untuk ${method.id}.`));
  }
  if (input.maladministrationRisk !== null && input.method !== OmbudsmanMethod.OPINI_2025)
    violations.push(
      bad(
        'maladministrationRisk',
        'The maladministration-risk predicate belongs to the 2025 method.',
        'Predikat risiko maladministrasi hanya untuk metode 2025.',
      ),
    );
  const seen = new Set<string>();
  input.dimensions.forEach((dimension, index) => {
    if (seen.has(dimension.dimension))
      violations.push(
        bad(`dimensions[${index}].dimension`, `${dimension.dimension} is given twice.`, `${dimension.dimension} tertulis dua kali.`),
      );
    seen.add(dimension.dimension);
    const problem = scoreProblem(dimension.score, `dimensions[${index}].score`);
    if (problem) violations.push(problem);
  });
  input.unitFindings.forEach((finding, index) => {
    if (!finding.unitName.trim())
      violations.push(bad(`unitFindings[${index}].unitName`, 'The unit name is required.', 'Nama unit wajib diisi.'));
    if (finding.serviceUnitId !== null && !isUuid(finding.serviceUnitId))
      violations.push(
        bad(`unitFindings[${index}].serviceUnitId`, 'The unit id must be a registry unit id.', 'ID unit harus ID unit registri.'),
      );
    const problem = finding.score === null ? null : scoreProblem(finding.score, `unitFindings[${index}].score`);
    if (problem) violations.push(problem);
  });
  if (input.origin === 'OFFICIAL' && !input.source?.trim())
    violations.push(
      bad(
        'source',
        'An official figure needs its source (report or article, with its date).',
        'Angka resmi wajib menyebut sumbernya (laporan atau berita, dengan tanggal).',
      ),
    );
  if (violations.length || !agency) return { result: null, violations };
  return {
    result: {
      ...input,
      source: input.source?.trim() || null,
      maladministrationRisk: input.maladministrationRisk?.trim() || null,
      zone: ombudsmanResultZone({ method: input.method, score: input.score, opinion: input.opinion }) as OmbudsmanZone,
      agencyName: agency.name,
      regionCode: agency.regionCode,
      dimensionWeights: input.dimensions.map((dimension) => ombudsmanDimensionWeight(dimension.dimension as ScoringDimension, input.year)),
      findingZones: input.unitFindings.map((finding) =>
        finding.score === null
          ? null
          : (ombudsmanResultZone({ method: OmbudsmanMethod.KEPATUHAN_2015, score: finding.score, opinion: null }) as OmbudsmanZone),
      ),
    },
    violations,
  };
}

/** The year in Jakarta (WIB, UTC+7) at `now`: what "the future" means for a result. */
export function wibYear(now: Date): number {
  return new Date(now.getTime() + 7 * 3600_000).getUTCFullYear();
}

export const duplicateViolation = (year: number): RuleViolation => ({
  code: 'CONFLICT',
  field: 'year',
  en: `This agency already has a ${year} result by this method; results are recorded once and never recomputed.`,
  id: `Instansi ini sudah memiliki hasil ${year} dengan metode ini; hasil dicatat sekali dan tidak dihitung ulang.`,
});
