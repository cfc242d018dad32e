import type { FigureOrigin, Grade } from '@simpul/ui';
import { gql, type SkmHeadlineGap, type SkmPeriodParts } from '@simpul/web-kit';


export interface UnitIndicators {
  serviceUnit: {
    id: string;
    ippResults: { year: number; index: number; category: Grade; rank: number | null; cohortSize: number | null; published: boolean; label: { id: string; en: string }; origin: FigureOrigin; source: string | null }[];
    latestIkm: (SkmPeriodParts & { value: number; category: Grade; respondents: number; sampleAdequate: boolean; origin: FigureOrigin; source: string | null }) | null;
    latestIkmGap: SkmHeadlineGap | null;
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
    ippResults { year index category { code label labelEn } rank cohortSize published label { id en } origin source }
    latestIkm { value category { code label labelEn } periodKind year number respondents sampleAdequate origin source }
    latestIkmGap
  }
}`;
