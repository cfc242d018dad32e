import { gql, connectionOf, type Connection } from '@simpul/web-kit';
import { RESULT_FIELDS } from '../lokus/lokus.operations';
import type { CohortOption } from '../shared/cohort-name';
import type { CategoryInfo, Cycle, DataOrigin, IppHistoryPoint, LokusResult, LokusResultWithExplanation } from '../shared/types';

const HISTORY_FIELDS = 'year cycleId lokusId index category { code label labelEn } rank cohortSize cohort cohortLabel cohortLabelEn published cycleName scheme origin source label { id en }';

export const CYCLE_RESULTS = gql<{ cycleResults: Connection<LokusResult> }, { cycleId: string; cohort: string | null; first: number; after: string | null }>`
query CycleResults($cycleId: ID!, $cohort: String, $first: Int, $after: String) {
  cycleResults(cycleId: $cycleId, cohort: $cohort, first: $first, after: $after) { ${connectionOf(RESULT_FIELDS)} }
}`;

export const CYCLE_COHORTS = gql<{ cycleCohorts: CohortOption[] }, { cycleId: string }>`query CycleCohorts($cycleId: ID!) { cycleCohorts(cycleId: $cycleId) { code label labelEn } }`;

/** A point of the national series: an official figure, or the mean of one national PEMANTAUAN cycle. */
export interface TrendPoint {
  year: number;
  value: number | null;
  change: number | null;
  lokusCount: number | null;
  basis: 'PUBLISHED_FIGURE' | 'COMPUTED';
  origin: DataOrigin;
  source: string;
  cycleId: string | null;
  cycleName: string | null;
  scheme: Cycle['scheme'] | null;
  category: CategoryInfo | null;
}

export const NATIONAL_TREND = gql<{ nationalIppTrend: TrendPoint[] }>`
query NationalIppTrend { nationalIppTrend { year value change lokusCount basis origin source cycleId cycleName scheme category { code label labelEn } } }`;

export type ExportFormat = 'CSV' | 'CSV_INDONESIAN' | 'XLSX';

export interface ExportFile {
  fileName: string;
  mimeType: string;
  contentBase64: string;
  rowCount: number;
  cohort: string | null;
  cohortLabel: string | null;
  cohortLabelEn: string | null;
  demoRowCount: number;
}

/** The export of exactly the rows on screen: the same cohort filter as CYCLE_RESULTS. */
export const EXPORT_RESULTS = gql<{ exportCycleResults: ExportFile }, { cycleId: string; format: ExportFormat; cohort: string | null }>`
query ExportCycleResults($cycleId: ID!, $format: ExportFormat!, $cohort: String) {
  exportCycleResults(cycleId: $cycleId, format: $format, cohort: $cohort) { fileName mimeType contentBase64 rowCount cohort cohortLabel cohortLabelEn demoRowCount }
}`;

export const CORRECT_RESULT = gql<{ correctResult: LokusResult }, { input: { lokusId: string; reason: string; scores: { indicatorCode: string; level: number }[] } }>`
mutation CorrectResult($input: CorrectResultInput!) { correctResult(input: $input) { ${RESULT_FIELDS} } }`;

export interface GapAnalysis {
  reachable: boolean;
  fromIndex: number;
  from: CategoryInfo;
  target: CategoryInfo | null;
  targetIndex: number | null;
  steps: { indicatorCode: string; indicatorText: string; from: number; to: number; gain: number; targetDescriptor: string | null }[];
  levelSteps: number;
  resultingIndex: number | null;
  summary: { id: string; en: string };
}

export interface ReportCard {
  lokus: { id: string; unitName: string; agencyName: string | null; provinceName: string | null; cohort: string; cohortLabel: string; cohortLabelEn: string; instrumentId: string; serviceUnitId: string; cycle: { name: string; year: number } };
  result: LokusResultWithExplanation;
  aspects: { code: string; name: string; weight: number; score: number }[];
  history: IppHistoryPoint[];
  gap: GapAnalysis | null;
}

export const REPORT_CARD = gql<{ reportCard: ReportCard }, { lokusId: string }>`
query ReportCard($lokusId: ID!) {
  reportCard(lokusId: $lokusId) {
    lokus { id unitName agencyName provinceName cohort cohortLabel cohortLabelEn instrumentId serviceUnitId cycle { name year } }
    result { ${RESULT_FIELDS} explanation { formula text { id en } steps { id label { id en } formula inputs { name value weight } value exact } } }
    aspects { code name weight score }
    history { ${HISTORY_FIELDS} }
    gap { reachable fromIndex from { code label labelEn } target { code label labelEn } targetIndex steps { indicatorCode indicatorText from to gain targetDescriptor } levelSteps resultingIndex summary { id en } }
  }
}`;

export const UNIT_WITH_HISTORY = gql<{ serviceUnit: { id: string; name: string; ippResults: IppHistoryPoint[] } | null }, { id: string }>`
query ServiceUnitIppHistory($id: ID!) { serviceUnit(id: $id) { id name ippResults { ${HISTORY_FIELDS} } } }`;
