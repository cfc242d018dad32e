import { connectionOf, gql } from '@simpul/web-kit';
import type {
  CloseFollowUpActionMutation,
  CloseFollowUpActionMutationVariables,
  CreateFollowUpPlanMutation,
  CreateFollowUpPlanMutationVariables,
  FollowUpDoneQuery,
  FollowUpDoneQueryVariables,
  FollowUpPlanQuery,
  FollowUpPlanQueryVariables,
  FollowUpPlansQuery,
  FollowUpPlansQueryVariables,
  FollowUpQuickWinsQuery,
  FollowUpQuickWinsQueryVariables,
  RemoveFollowUpActionMutation,
  RemoveFollowUpActionMutationVariables,
  ReportFollowUpProgressMutation,
  ReportFollowUpProgressMutationVariables,
  ReviewFollowUpPlanMutation,
  ReviewFollowUpPlanMutationVariables,
  SaveFollowUpActionMutation,
  SaveFollowUpActionMutationVariables,
  SubmitFollowUpPlanMutation,
  SubmitFollowUpPlanMutationVariables,
} from '../__generated__/operations';

const ACTION = `id position title indicatorCodes ownerName dueOn status evidence dropReason quickWin version closedByName closedAt`;
const PLAN = `id lokusId serviceUnitId unitName year status version createdAt submittedAt reviewedByName reviewedAt reviewComment demo`;

export const FOLLOW_UP_PLAN = gql<FollowUpPlanQuery, FollowUpPlanQueryVariables>`
query FollowUpPlan($lokusId: ID!) {
  lokusById(id: $lokusId) { id unitName serviceUnitId cycle { name year publishedAt } result { index } }
  followUpPlan(lokusId: $lokusId) { ${PLAN} actions { ${ACTION} } }
}`;

export const FOLLOW_UP_PLANS = gql<FollowUpPlansQuery, FollowUpPlansQueryVariables>`
query FollowUpPlans($status: FollowUpPlanStatus, $first: Int, $after: String) {
  followUpPlans(status: $status, first: $first, after: $after) { ${connectionOf(`${PLAN} actions { id status }`)} }
}`;

export const FOLLOW_UP_QUICK_WINS = gql<FollowUpQuickWinsQuery, FollowUpQuickWinsQueryVariables>`
  query FollowUpQuickWins($planId: ID!) {
    followUpQuickWins(planId: $planId) {
      indicatorCode
      indicatorText
      from
      to
      gain
      targetDescriptor
      planned
    }
  }
`;

export const FOLLOW_UP_DONE = gql<FollowUpDoneQuery, FollowUpDoneQueryVariables>`
  query FollowUpDone($id: ID!) {
    lokusById(id: $id) {
      id
      followUpDone {
        id
        title
        indicatorCodes
        evidence
        closedAt
        planYear
      }
    }
  }
`;

export const CREATE_FOLLOW_UP_PLAN = gql<CreateFollowUpPlanMutation, CreateFollowUpPlanMutationVariables>`
  mutation CreateFollowUpPlan($lokusId: ID!) {
    createFollowUpPlan(lokusId: $lokusId) {
      id
    }
  }
`;

export const SAVE_FOLLOW_UP_ACTION = gql<SaveFollowUpActionMutation, SaveFollowUpActionMutationVariables>`
mutation SaveFollowUpAction($input: SaveFollowUpActionInput!) { saveFollowUpAction(input: $input) { ${ACTION} } }`;

export const REMOVE_FOLLOW_UP_ACTION = gql<RemoveFollowUpActionMutation, RemoveFollowUpActionMutationVariables>`
  mutation RemoveFollowUpAction($actionId: ID!) {
    removeFollowUpAction(actionId: $actionId) {
      id
    }
  }
`;

export const SUBMIT_FOLLOW_UP_PLAN = gql<SubmitFollowUpPlanMutation, SubmitFollowUpPlanMutationVariables>`
  mutation SubmitFollowUpPlan($planId: ID!) {
    submitFollowUpPlan(planId: $planId) {
      id
      status
    }
  }
`;

export const REVIEW_FOLLOW_UP_PLAN = gql<ReviewFollowUpPlanMutation, ReviewFollowUpPlanMutationVariables>`
  mutation ReviewFollowUpPlan($input: ReviewFollowUpPlanInput!) {
    reviewFollowUpPlan(input: $input) {
      id
      status
    }
  }
`;

export const REPORT_FOLLOW_UP_PROGRESS = gql<ReportFollowUpProgressMutation, ReportFollowUpProgressMutationVariables>`
mutation ReportFollowUpProgress($input: ReportFollowUpProgressInput!) { reportFollowUpProgress(input: $input) { ${ACTION} } }`;

export const CLOSE_FOLLOW_UP_ACTION = gql<CloseFollowUpActionMutation, CloseFollowUpActionMutationVariables>`
mutation CloseFollowUpAction($input: CloseFollowUpActionInput!) { closeFollowUpAction(input: $input) { ${ACTION} } }`;

export type FollowUpPlanView = NonNullable<FollowUpPlanQuery['followUpPlan']>;
export type FollowUpActionView = FollowUpPlanView['actions'][number];
export type FollowUpPlanRow = FollowUpPlansQuery['followUpPlans']['edges'][number]['node'];
export type FollowUpDoneView = FollowUpDoneQuery['lokusById']['followUpDone'][number];
