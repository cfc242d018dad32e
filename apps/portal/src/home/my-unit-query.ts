import type { FigureOrigin, Grade } from '@simpul/ui';
import { gql, type SkmHeadlineGap, type SkmPeriodParts } from '@simpul/web-kit';


export interface MyUnitData {
  serviceUnit: {
    id: string;
    name: string;
    ippResults: { year: number; index: number; category: Grade; rank: number | null; cohortSize: number | null; published: boolean; label: { id: string; en: string }; origin: FigureOrigin; source: string | null }[];
    latestIkm: (SkmPeriodParts & { value: number; category: Grade; respondents: number; sampleAdequate: boolean; origin: FigureOrigin; source: string | null }) | null;
    latestIkmGap: SkmHeadlineGap | null;
    innovations: { totalCount: number; edges: { node: { id: string; title: string; latestYear: number; award: 'TOP99' | 'TOP45' } }[] };
  } | null;
}

/**
 * One request for the desk's own unit, each part answered by the service that owns it through the
 * gateway: IPP history (evaluation), latest IKM (SKM), innovations (KIPP).
 */
export const MY_UNIT = gql<MyUnitData, { id: string }>`
  query MyUnitGlance($id: ID!) {
    serviceUnit(id: $id) {
      id
      name
      ippResults { year index category { code label labelEn } rank cohortSize published label { id en } origin source }
      latestIkm { value category { code label labelEn } periodKind year number respondents sampleAdequate origin source }
      latestIkmGap
      innovations(first: 3) { totalCount edges { node { id title latestYear award } } }
    }
  }
`;
