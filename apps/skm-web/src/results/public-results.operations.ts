import { gql, type NodeOf, PAGE_INFO } from '@simpul/web-kit';
import type {
  SkmPublicDeskResultsQuery,
  SkmPublicDeskResultsQueryVariables,
  SkmPublicResultsQuery,
  SkmPublicResultsQueryVariables,
} from '../__generated__/operations';

/** A unit's or a desk's published figures, the same selection for both (RESULTS below). */
export type PublicResultsData = Omit<SkmPublicResultsQuery['skmPublicResults'], 'desks'>;
export type PublicPeriod = NodeOf<PublicResultsData['trend']>;
export type PublicDesk = SkmPublicResultsQuery['skmPublicResults']['desks'][number];

const RESULTS = `
  serviceUnitId deskId latestGap trendPeriodKind
  latest { surveyId value periodKind year number respondents sampleAdequate origin source category { code label labelEn } }
  trend { ${PAGE_INFO} edges { cursor node { surveyId periodKind year number startsOn endsOn value respondents origin source category { code label labelEn } } } }
  followUps { ${PAGE_INFO} edges { cursor node { id surveyId elementCode elementName action owner dueOn status outcome updatedAt } } }`;

/** Signed out: the unit's name (registry), the desks it is surveyed at (MPP) and its published aggregates (SKM), one request through the gateway. */
export const PUBLIC_RESULTS = gql<SkmPublicResultsQuery, SkmPublicResultsQueryVariables>`
  query SkmPublicResults($id: ID!) {
    serviceUnit(id: $id) { id name }
    skmPublicResults(serviceUnitId: $id, first: 20) { ${RESULTS} desks { id number label mall { id name } } }
  }
`;

/** A desk survey's own public page: that desk's figures, not its unit's. */
export const PUBLIC_DESK_RESULTS = gql<SkmPublicDeskResultsQuery, SkmPublicDeskResultsQueryVariables>`
  query SkmPublicDeskResults($id: ID!) {
    skmPublicResults(deskId: $id, first: 20) { ${RESULTS} desk { id number label mall { id name } } }
  }
`;
