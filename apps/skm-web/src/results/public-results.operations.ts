import { gql } from '@simpul/web-kit';
import { PAGE_INFO, type Connection } from '../shared/connection';
import type { Category, FollowUp } from '../surveys/survey.operations';

export interface PublicPeriod { surveyId: string; periodLabel: string; startsOn: string; endsOn: string; value: number; category: Category; respondents: number }
export interface PublicResults {
  serviceUnit: { id: string; name: string } | null;
  skmPublicResults: {
    serviceUnitId: string;
    latest: { surveyId: string; value: number; category: Category; periodLabel: string; respondents: number; sampleAdequate: boolean } | null;
    trend: Connection<PublicPeriod>;
    followUps: Connection<FollowUp>;
  };
}

/** Signed out: the unit's name (registry) and its published aggregates (SKM), one request through the gateway. */
export const PUBLIC_RESULTS = gql<PublicResults, { id: string }>`
  query SkmPublicResults($id: ID!) {
    serviceUnit(id: $id) { id name }
    skmPublicResults(serviceUnitId: $id, first: 20) {
      serviceUnitId
      latest { surveyId value periodLabel respondents sampleAdequate category { code label labelEn } }
      trend { ${PAGE_INFO} edges { cursor node { surveyId periodLabel startsOn endsOn value respondents category { code label labelEn } } } }
      followUps { ${PAGE_INFO} edges { cursor node { id surveyId elementCode elementName action owner dueOn status outcome updatedAt } } }
    }
  }
`;
