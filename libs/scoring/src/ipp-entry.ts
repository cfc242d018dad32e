// `@simpul/scoring/ipp`: the IPP (PEKPPP) part of the scoring rules only — the instruments, the
// index and its category, and the "what if" helpers — without IKM, SKM sampling, KIPP rubrics and
// Ombudsman zones. It is a Module Federation shared singleton of its own (tools/build/rspack-web.mjs),
// so an agency plugin that only simulates an IPP downloads this part and not the whole library.
// The same functions as `@simpul/scoring` (they are the same files), so the numbers agree.
export { Fraction } from './decimal/fraction';
export { roundHalfUp, formatHalfUp, formatScaled, toHundredths } from './decimal/round-half-up';
export { ScoringInputError, isScoringInputError } from './errors/scoring-input-error';
export type { Explanation, ExplanationStep, ExplanationInput } from './explanation/explanation';
export type { BandTable, BandData } from './bands/band';
export type { Instrument, Aspect, Indicator, SurveyItem, WeightText, ProvisionalPart } from './instruments/instrument';
export { getInstrument, listInstruments, hasInstrument } from './instruments/registry';
export { IPP_CATEGORY_CODES, type IppCategoryCode } from './ipp/ipp-category-code';
export { ippCategory, IPP_CATEGORY_TABLE, type IppCategory } from './ipp/ipp-category';
export type { IppAnswers } from './ipp/ipp-answers';
export { computeIpp, type IppResult, type AspectResult, type IndicatorResult } from './ipp/compute-ipp';
export { pathToNextCategory, type PathToNextCategory, type PathStep } from './ipp/path-to-next-category';
export { marginalGains, type MarginalGain } from './ipp/marginal-gains';
export { answersForTargetIndex } from './ipp/answers-for-target-index';
