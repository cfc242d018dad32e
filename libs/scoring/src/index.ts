export { Fraction } from './decimal/fraction';
export { roundHalfUp, formatHalfUp, formatScaled, toHundredths } from './decimal/round-half-up';
export { ScoringInputError, isScoringInputError } from './errors/scoring-input-error';
export type { Explanation, ExplanationStep, ExplanationInput } from './explanation/explanation';
export type { BandTable, BandData } from './bands/band';
export type { Instrument, Aspect, Indicator, SurveyItem, WeightText, ProvisionalPart } from './instruments/instrument';
export { getInstrument, listInstruments, hasInstrument } from './instruments/registry';
export { instrumentSummary, listInstrumentSummaries, type InstrumentSummary } from './instruments/instrument-summary';
export {
  compareInstruments,
  type InstrumentComparison,
  type AspectComparison,
  type AspectDifference,
  type ComparedAspectSide,
} from './instruments/compare-instruments';
export { validateInstrument, type InstrumentProblem, type InstrumentValidation } from './instruments/validate-instrument';
export { IPP_CATEGORY_CODES, type IppCategoryCode } from './ipp/ipp-category-code';
export { ippCategory, type IppCategory } from './ipp/ipp-category';
export { IPP_CATEGORY_TABLE } from './ipp/ipp-category-table';
export type { IppAnswers } from './ipp/ipp-answers';
export { computeIpp, type IppResult, type AspectResult, type IndicatorResult } from './ipp/compute-ipp';
export { pathToNextCategory, type PathToNextCategory, type PathStep } from './ipp/path-to-next-category';
export { marginalGains, type MarginalGain } from './ipp/marginal-gains';
export { answersForTargetIndex } from './ipp/answers-for-target-index';
export { computeIkm, SKM_ELEMENTS, type IkmResult, type IkmOptions, type SkmElement } from './ikm/compute-ikm';
export { ikmSentence, type IkmSummary } from './ikm/ikm-sentence';
export { ikmCategory, IKM_CATEGORY_TABLE, type IkmCategory, type IkmCategoryCode } from './ikm/ikm-category';
export {
  krejcieMorganSampleSize,
  sampleAdequacy,
  KREJCIE_MORGAN_1970,
  type SampleAdequacy,
  type SampleSizeParameters,
} from './sampling/krejcie-morgan';
export { ombudsmanZone, ombudsmanZoneInfo, OMBUDSMAN_ZONE_TABLE, type OmbudsmanZone } from './ombudsman/ombudsman-zone';
export {
  ombudsmanOpinionInfo,
  ombudsmanOpinionZone,
  OMBUDSMAN_OPINION_TABLE,
  type OmbudsmanOpinion,
  type OmbudsmanOpinionInfo,
  type OmbudsmanOpinionTable,
} from './ombudsman/ombudsman-opinion';
export {
  ombudsmanDimensionWeight,
  OMBUDSMAN_DIMENSIONS,
  OMBUDSMAN_DIMENSION_TABLE,
  type OmbudsmanDimension,
  type OmbudsmanDimensionInfo,
  type OmbudsmanDimensionTable,
} from './ombudsman/ombudsman-dimensions';
export { ombudsmanResultZone, type OmbudsmanMethod, type OmbudsmanPublishedResult } from './ombudsman/ombudsman-result-zone';
export { getRubric, listRubrics, validateRubric, type Rubric, type RubricCriterion } from './kipp/rubric';
export { scoreProposal, type ProposalScore } from './kipp/score-proposal';
export { seededRandom } from './random/seeded-random';
