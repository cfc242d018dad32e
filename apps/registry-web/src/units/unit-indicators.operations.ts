import type { FigureOrigin, Grade } from '@simpul/ui';
import { gql } from '@simpul/web-kit';


export interface UnitIndicators {
  serviceUnit: {
    id: string;
    ippResults: { year: number; index: number; category: Grade; rank: number | null; cohortSize: number | null; published: boolean; label: { id: string; en: string }; origin: FigureOrigin }[];
    latestIkm: { value: number; category: Grade; periodLabel: string; respondents: number; sampleAdequate: boolean } | null;
  } | null;
}

/**
 * The unit's latest PEKPPP result and IKM, answered by the evaluation and SKM services through the
 * gateway. Its own request, so the registry page still shows when either service is down.
 */
export const UNIT_INDICATORS = gql<UnitIndicators, { id: string }>`
query UnitIndicators($id: ID!) {
  serviceUnit(id: $id) {
    id
    ippResults { year index category { code label labelEn } rank cohortSize published label { id en } origin }
    latestIkm { value category { code label labelEn } periodLabel respondents sampleAdequate }
  }
}`;
