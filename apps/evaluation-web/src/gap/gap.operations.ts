import { gql } from '@simpul/web-kit';
import type { UnitGapAnalysisQuery, UnitGapAnalysisQueryVariables } from '../__generated__/operations';

/** What separates a unit's latest lokus from the next category, from the evaluator's scores or the unit's claims. */
export const UNIT_GAP = gql<UnitGapAnalysisQuery, UnitGapAnalysisQueryVariables>`
  query UnitGapAnalysis($serviceUnitId: ID!, $source: GapSource) {
    gapAnalysis(serviceUnitId: $serviceUnitId, source: $source) {
      lokusId
      year
      source
      missingIndicators
      reachable
      fromIndex
      from {
        code
        label
        labelEn
      }
      target {
        code
        label
        labelEn
      }
      targetIndex
      steps {
        indicatorCode
        indicatorText
        from
        to
        gain
        targetDescriptor
      }
      indicators {
        indicatorCode
        indicatorText
        level
        nextLevel
        gain
        nextDescriptor
      }
      levelSteps
      resultingIndex
      summary {
        id
        en
      }
    }
  }
`;

export type UnitGap = NonNullable<UnitGapAnalysisQuery['gapAnalysis']>;
