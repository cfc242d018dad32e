import type { FigureOrigin } from '@simpul/ui';
import { type Connection, gql, PAGE_INFO } from '@simpul/web-kit';
import type { PeriodParts } from '../shared/labels';
import type { Category, FollowUp } from '../surveys/survey.operations';

export type HeadlineGap = 'NO_ANSWERS' | 'PERIOD_RUNNING' | 'PENDING_REVIEW' | 'POPULATION_UNKNOWN' | 'SAMPLE_TOO_SMALL';
export interface PublicPeriod extends PeriodParts { surveyId: string; startsOn: string; endsOn: string; value: number; category: Category; respondents: number; origin: FigureOrigin; source: string | null }
export interface PublicDesk { id: string; number: number; label: string | null; mall: { id: string; name: string } | null }
export interface PublicResultsData {
  serviceUnitId: string | null;
  deskId: string | null;
  latest: (PeriodParts & { surveyId: string; value: number; category: Category; respondents: number; sampleAdequate: boolean; origin: FigureOrigin; source: string | null }) | null;
  latestGap: HeadlineGap | null;
  trendPeriodKind: PeriodParts['periodKind'] | null;
  trend: Connection<PublicPeriod>;
  followUps: Connection<FollowUp>;
}

const RESULTS = `
  serviceUnitId deskId latestGap trendPeriodKind
  latest { surveyId value periodKind year number respondents sampleAdequate origin source category { code label labelEn } }
  trend { ${PAGE_INFO} edges { cursor node { surveyId periodKind year number startsOn endsOn value respondents origin source category { code label labelEn } } } }
  followUps { ${PAGE_INFO} edges { cursor node { id surveyId elementCode elementName action owner dueOn status outcome updatedAt } } }`;

/** Signed out: the unit's name (registry), the desks it is surveyed at (MPP) and its published aggregates (SKM), one request through the gateway. */
export const PUBLIC_RESULTS = gql<{ serviceUnit: { id: string; name: string } | null; skmPublicResults: PublicResultsData & { desks: PublicDesk[] } }, { id: string }>`
  query SkmPublicResults($id: ID!) {
    serviceUnit(id: $id) { id name }
    skmPublicResults(serviceUnitId: $id, first: 20) { ${RESULTS} desks { id number label mall { id name } } }
  }
`;

/** A desk survey's own public page: that desk's figures, not its unit's. */
export const PUBLIC_DESK_RESULTS = gql<{ skmPublicResults: PublicResultsData & { desk: PublicDesk | null } }, { id: string }>`
  query SkmPublicDeskResults($id: ID!) {
    skmPublicResults(deskId: $id, first: 20) { ${RESULTS} desk { id number label mall { id name } } }
  }
`;
