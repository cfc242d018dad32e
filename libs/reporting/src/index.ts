export { rankCohort, type RankOptions, type Ranked, type TieBreaker } from './ranking/rank-cohort';
export {
  rankRanges,
  respondentSpread,
  samplingMargin,
  type RankRange,
  type RankRangeOptions,
  type SampledPart,
} from './ranking/rank-range';
export { changeFromPrevious, type PeriodChange, type PeriodValue } from './change/change-from-previous';
export {
  categoryDistribution,
  ippDistribution,
  ikmDistribution,
  ombudsmanDistribution,
  type Distribution,
  type DistributionBucket,
} from './distribution/category-distribution';
export {
  aggregate,
  aggregateBy,
  aggregateLevels,
  type AggregateMethod,
  type AggregateOptions,
  type AggregateResult,
  type GroupAggregate,
  type LevelAggregates,
} from './aggregate/aggregate';
export { trendSeries, type TrendOptions, type TrendPoint, type TrendSeries } from './trend/trend-series';
export {
  columnWidths,
  exportRows,
  neutraliseFormula,
  toCsv,
  type Cell,
  type CsvOptions,
  type ExportColumn,
  type ExportTable,
} from './export/export-rows';
export { LOKUS_RESULT_COLUMNS, ORIGIN_WORDS, type ExportOrigin, type LokusResultRow } from './export/lokus-result-columns';
