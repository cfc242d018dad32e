import { getInstrument, seededRandom } from '@simpul/scoring';
import { stableId } from '@simpul/service-kit';
import { CyclePhase, EvaluationScheme, PHASE_ORDER } from '../cycles/cycle-phase.enum';
import { GovernmentLevel, ServiceGroup } from '../lokus/lokus.enums';
import { cohortOf } from '../lokus/lokus.row';
import { PROVINCES_CREATED_LATE_2022, type Province } from './provinces';

// Demo data around the few published figures (their sources below); every other figure is made up and
// stored as DEMO. Past cycles hold figures only (the IPP, as it was published): no indicator scores
// are invented behind them. Ids are stableId(kind, key) so
// they match the registry's seed: units stableId('unit', 'samsat-63'), agencies
// stableId('agency', 'pemprov-63'), users stableId('user', '<email>').

/** The instrument of the current demo cycles. */
export const INSTRUMENT_ID = 'pekppp-2024-a';
export const unitId = (key: string) => stableId('unit', key);
export const agencyId = (key: string) => stableId('agency', key);
export const userId = (email: string) => stableId('user', email);
export const cycleId = (key: string) => stableId('cycle', key);
export const lokusId = (cycleKey: string, unitKey: string) => stableId('lokus', `${cycleKey}:${unitKey}`);

export const DEMO_EVALUATOR = {
  userId: userId('evaluator@simpul.test'),
  displayName: 'Evaluator PEKPPP',
  agencyId: agencyId('kemenpanrb'),
  level: 'KEMENPANRB',
};

/** Published national IPP, 2017–2021 (docs/domain.md §4.6). */
export const NATIONAL_FIGURES: { year: number; index: number }[] = [
  { year: 2017, index: 3.28 },
  { year: 2018, index: 3.38 },
  { year: 2019, index: 3.63 },
  { year: 2020, index: 3.84 },
  { year: 2021, index: 3.79 },
];
export const NATIONAL_FIGURES_SOURCE = 'IPP nasional hasil PEKPPP yang dipublikasikan Kementerian PANRB';

/** Published figures among the demo lokus, with where they were published (the rest are made up). */
export const KALSEL_2022_SOURCE =
  'Keputusan Menteri PANRB Nomor 1035 Tahun 2022 tentang Hasil PEKPPP Tahun 2022 (dikutip MC Kalsel, 13 Juli 2023)';
export const KALTENG_2019_2020_SOURCE =
  'ANTARA (Palangka Raya): IPP DPMPTSP dan Samsat Kalimantan Tengah 2019 dan 2020, disampaikan Deputi Bidang Pelayanan Publik Kementerian PANRB';

export interface DemoLokus {
  id: string;
  unitKey: string;
  unitName: string;
  unitKind: 'SAMSAT' | 'DPMPTSP';
  provinceCode: string;
  provinceName: string;
  /** A past cycle's IPP as published (OFFICIAL) or made up (DEMO); null in a current cycle. */
  figure: number | null;
  /** A current cycle's F-02 scores so far (none, or some). */
  f02: Record<string, number> | null;
  /** Where the IPP came from: OFFICIAL with its source for a published figure, DEMO for a made-up one. */
  origin: 'OFFICIAL' | 'DEMO';
  source: string | null;
}

export interface DemoCycle {
  key: string;
  id: string;
  year: number;
  name: string;
  scheme: EvaluationScheme;
  phases: { phase: CyclePhase; startsAt: Date; endsAt: Date }[];
  published: boolean;
  /** Historical cycles hold only the units whose figures were published: no cohort rank for them. */
  ranked: boolean;
  /**
   * The instrument the cycle's forms follow; null for 2019 and 2020, whose form (PermenPANRB 17/2017)
   * is not transcribed: those cycles hold published figures only.
   */
  instrumentId: string | null;
  lokus: DemoLokus[];
  evaluatorFor: string[];
}

function lokusRow(
  cycleKey: string,
  kind: 'SAMSAT' | 'DPMPTSP',
  province: Province,
  figure: number | null,
  publishedIn: string | null = null,
): DemoLokus {
  const key = `${kind.toLowerCase()}-${province.code}`;
  const label = province.name.replace('Daerah Khusus Ibukota ', 'DKI ').replace('Daerah Istimewa ', 'DI ');
  return {
    id: lokusId(cycleKey, key),
    unitKey: key,
    unitName: kind === 'SAMSAT' ? `SAMSAT ${label}` : `DPMPTSP Provinsi ${label}`,
    unitKind: kind,
    provinceCode: province.code,
    provinceName: province.name,
    figure,
    f02: null,
    origin: publishedIn ? 'OFFICIAL' : 'DEMO',
    source: publishedIn,
  };
}

/** A past cycle's calendar: evaluation through the year, results in October. */
function pastPhases(year: number): DemoCycle['phases'] {
  const d = (month: number, day: number, nextYear = 0) => new Date(Date.UTC(year + nextYear, month - 1, day));
  const windows: [Date, Date][] = [
    [d(1, 10), d(3, 31)],
    [d(4, 1), d(6, 15)],
    [d(4, 1), d(6, 30)],
    [d(6, 1), d(7, 15)],
    [d(7, 16), d(8, 31)],
    [d(9, 1), d(9, 14)],
    [d(9, 15), d(10, 15)],
    [d(10, 16), d(12, 31, 1)],
  ];
  return PHASE_ORDER.map((phase, i) => ({ phase, startsAt: windows[i][0], endsAt: windows[i][1] }));
}

/** The current cycle sits in F-01 filling whenever the seed runs (windows relative to `now`). */
function currentPhases(now: Date): DemoCycle['phases'] {
  const day = 24 * 60 * 60 * 1000;
  const at = (days: number) => new Date(Math.floor(now.getTime() / day) * day + days * day);
  const windows: [number, number][] = [
    [-60, -15],
    [-14, 30],
    [-14, 30],
    [31, 45],
    [46, 60],
    [61, 68],
    [69, 75],
    [76, 440],
  ];
  return PHASE_ORDER.map((phase, i) => ({ phase, startsAt: at(windows[i][0]), endsAt: at(windows[i][1]) }));
}

/**
 * A second current cycle that sits in evaluator scoring (F-02) whenever the seed runs, ending in ten
 * days, so the demo evaluator has lokus to score and the national admin a phase ending soon.
 */
function scoringPhases(now: Date): DemoCycle['phases'] {
  const day = 24 * 60 * 60 * 1000;
  const at = (days: number) => new Date(Math.floor(now.getTime() / day) * day + days * day);
  const windows: [number, number][] = [
    [-90, -61],
    [-60, -31],
    [-60, -31],
    [-30, 10],
    [11, 20],
    [21, 28],
    [29, 35],
    [36, 400],
  ];
  return PHASE_ORDER.map((phase, i) => ({ phase, startsAt: at(windows[i][0]), endsAt: at(windows[i][1]) }));
}

/** How many indicators the demo evaluator has scored on the first Khusus lokus. */
export const KHUSUS_SCORED = 12;

/** The first `count` indicators of the demo instrument, scored 3 (a partly scored lokus). */
function firstScores(count: number): Record<string, number> {
  const codes = getInstrument(INSTRUMENT_ID).aspects.flatMap((aspect) => aspect.indicators.map((indicator) => indicator.code));
  return Object.fromEntries(codes.slice(0, count).map((code) => [code, 3]));
}

/**
 * 2022 provincial Samsat: Kalimantan Selatan 4.02 ranks 20 of 34, so 19 lokus score above it and
 * 14 below; the other values are plausible, spread over A to C, assigned to provinces by a seeded shuffle.
 */
const SAMSAT_2022_ABOVE = [4.78, 4.71, 4.66, 4.62, 4.58, 4.55, 4.51, 4.47, 4.43, 4.39, 4.35, 4.31, 4.27, 4.22, 4.18, 4.14, 4.1, 4.07, 4.04];
const SAMSAT_2022_BELOW = [3.98, 3.93, 3.87, 3.81, 3.74, 3.66, 3.58, 3.49, 3.4, 3.31, 3.19, 3.05, 2.88, 2.71];
export const SAMSAT_KALSEL_2022 = 4.02;

export function buildDemoCycles(provinces: readonly Province[], now: Date): DemoCycle[] {
  const byCode = new Map(provinces.map((province) => [province.code, province]));
  const province = (code: string) => byCode.get(code) as Province;

  const in2022 = provinces.filter((candidate) => !PROVINCES_CREATED_LATE_2022.includes(candidate.code));
  const others = in2022.filter((candidate) => candidate.code !== '63');
  const values = [...SAMSAT_2022_ABOVE, ...SAMSAT_2022_BELOW];
  const random = seededRandom(2022);
  for (let i = values.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [values[i], values[j]] = [values[j], values[i]];
  }
  const samsat2022 = [
    lokusRow('pekppp-2022', 'SAMSAT', province('63'), SAMSAT_KALSEL_2022, KALSEL_2022_SOURCE),
    ...others.map((candidate, i) => lokusRow('pekppp-2022', 'SAMSAT', candidate, values[i])),
  ];

  const kalteng = province('62');
  return [
    {
      key: 'pekppp-2019',
      id: cycleId('pekppp-2019'),
      year: 2019,
      name: 'PEKPPP 2019',
      scheme: EvaluationScheme.PEMANTAUAN,
      phases: pastPhases(2019),
      published: true,
      ranked: false,
      instrumentId: null,
      evaluatorFor: [],
      lokus: [
        lokusRow('pekppp-2019', 'DPMPTSP', kalteng, 3.23, KALTENG_2019_2020_SOURCE),
        lokusRow('pekppp-2019', 'SAMSAT', kalteng, 2.58, KALTENG_2019_2020_SOURCE),
      ],
    },
    {
      key: 'pekppp-2020',
      id: cycleId('pekppp-2020'),
      year: 2020,
      name: 'PEKPPP 2020 (evaluasi daring, COVID-19)',
      scheme: EvaluationScheme.PEMANTAUAN,
      phases: pastPhases(2020),
      published: true,
      ranked: false,
      instrumentId: null,
      evaluatorFor: [],
      lokus: [
        lokusRow('pekppp-2020', 'DPMPTSP', kalteng, 3.14, KALTENG_2019_2020_SOURCE),
        lokusRow('pekppp-2020', 'SAMSAT', kalteng, 2.09, KALTENG_2019_2020_SOURCE),
      ],
    },
    {
      key: 'pekppp-2022',
      id: cycleId('pekppp-2022'),
      year: 2022,
      name: 'PEKPPP 2022',
      scheme: EvaluationScheme.PEMANTAUAN,
      phases: pastPhases(2022),
      published: true,
      ranked: true,
      instrumentId: 'pekppp-2022-a',
      evaluatorFor: [],
      lokus: samsat2022,
    },
    {
      key: 'pekppp-2026',
      id: cycleId('pekppp-2026'),
      year: 2026,
      name: 'PEKPPP 2026',
      scheme: EvaluationScheme.PEMANTAUAN,
      phases: currentPhases(now),
      published: false,
      ranked: true,
      instrumentId: INSTRUMENT_ID,
      lokus: [lokusRow('pekppp-2026', 'SAMSAT', province('63'), null), lokusRow('pekppp-2026', 'DPMPTSP', kalteng, null)],
      evaluatorFor: ['samsat-63', 'dpmptsp-62'],
    },
    {
      key: 'pekppp-khusus-2026',
      id: cycleId('pekppp-khusus-2026'),
      year: 2026,
      name: 'PEKPPP Khusus 2026 (Samsat Kalimantan)',
      scheme: EvaluationScheme.KHUSUS,
      phases: scoringPhases(now),
      published: false,
      ranked: false,
      instrumentId: INSTRUMENT_ID,
      lokus: [
        { ...lokusRow('pekppp-khusus-2026', 'SAMSAT', kalteng, null), f02: firstScores(KHUSUS_SCORED) },
        lokusRow('pekppp-khusus-2026', 'SAMSAT', province('64'), null),
      ],
      evaluatorFor: ['samsat-62', 'samsat-64'],
    },
  ];
}

export function lokusColumns(cycle: DemoCycle, lokus: DemoLokus) {
  return {
    id: lokus.id,
    cycle_id: cycle.id,
    service_unit_id: unitId(lokus.unitKey),
    unit_name: lokus.unitName,
    unit_kind: lokus.unitKind,
    service_group: ServiceGroup.ADMINISTRASI,
    agency_id: agencyId(`pemprov-${lokus.provinceCode}`),
    agency_name: `Pemerintah Provinsi ${lokus.provinceName}`,
    province_code: lokus.provinceCode,
    province_name: lokus.provinceName,
    government_level: GovernmentLevel.PROVINCE,
    cohort: cohortOf(GovernmentLevel.PROVINCE, lokus.unitKind),
    instrument_id: cycle.instrumentId,
  };
}
