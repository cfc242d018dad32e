import { gql, type NodeOf, PAGE_INFO } from '@simpul/web-kit';
import type {
  KippAdjustShortlistMutation,
  KippAdjustShortlistMutationVariables,
  KippAdminProposalQuery,
  KippAdminProposalQueryVariables,
  KippAssignEvaluatorsMutation,
  KippAssignEvaluatorsMutationVariables,
  KippCompetitionProposalsQuery,
  KippCompetitionProposalsQueryVariables,
  KippCompetitionQuery,
  KippCompetitionQueryVariables,
  KippCompetitionRubricsQuery,
  KippCompetitionRubricsQueryVariables,
  KippCompetitionsQuery,
  KippCompetitionsQueryVariables,
  KippCreateCompetitionInput,
  KippCreateCompetitionMutation,
  KippCreateCompetitionMutationVariables,
  KippDecideObjectionMutation,
  KippDecideObjectionMutationVariables,
  KippDecideStageMutation,
  KippDecideStageMutationVariables,
  KippDecideTop45Mutation,
  KippDecideTop45MutationVariables,
  KippDecideTop99Mutation,
  KippDecideTop99MutationVariables,
  KippDecisionsQuery,
  KippDecisionsQueryVariables,
  KippObjectionsQuery,
  KippObjectionsQueryVariables,
  KippProposeTop99Mutation,
  KippProposeTop99MutationVariables,
  KippRankingQuery,
  KippRankingQueryVariables,
  KippRecordAdministrativeCheckMutation,
  KippRecordAdministrativeCheckMutationVariables,
  KippSetStageRubricMutation,
  KippSetStageRubricMutationVariables,
  KippShortlistQuery,
  KippShortlistQueryVariables,
  KippStuckDraftsQuery,
  KippStuckDraftsQueryVariables,
} from '../__generated__/operations';
import { ATTACHMENT_FIELDS } from '../desk/desk.operations';
import { SECTIONS_FIELDS } from '../shared/enums';

export type Competition = NonNullable<KippCompetitionQuery['competition']>;
export type AdminProposalRow = NodeOf<KippCompetitionProposalsQuery['proposals']>;
export type AdminProposal = NonNullable<KippAdminProposalQuery['proposal']>;
export type ScoreAggregate = NonNullable<AdminProposal['assessment']>;
export type ShortlistEntry = NodeOf<KippShortlistQuery['shortlist']>;
export type BalanceDimension = KippShortlistQuery['shortlistBalance'][number];
export type Objection = NodeOf<KippObjectionsQuery['objections']>;
export type Decision = NodeOf<KippDecisionsQuery['decisions']>;
export type CreateCompetitionInput = KippCreateCompetitionInput;
export type StageRubric = NonNullable<KippCompetitionRubricsQuery['competition']>['stages'][number]['rubrics'][number];
export type RubricCriterion = StageRubric['criteria'][number];

const COMPETITION_FIELDS =
  'id year title groups categories rules { top99Size top45Size evaluatorsPerProposal outlierPoints } stages { stage opensOn closesOn decidedAt decisionReason }';

export const COMPETITIONS = gql<KippCompetitionsQuery, KippCompetitionsQueryVariables>`
  query KippCompetitions { competitions(first: 50) { ${PAGE_INFO} edges { cursor node { ${COMPETITION_FIELDS} } } } }
`;

export const COMPETITION = gql<KippCompetitionQuery, KippCompetitionQueryVariables>`
  query KippCompetition($id: ID!) { competition(id: $id) { ${COMPETITION_FIELDS} } }
`;

export const DECIDE_STAGE = gql<KippDecideStageMutation, KippDecideStageMutationVariables>`
  mutation KippDecideStage($competitionId: ID!, $stage: KippStage!, $reason: String!) {
    decideStage(competitionId: $competitionId, stage: $stage, reason: $reason) {
      stage
      opensOn
      closesOn
      decidedAt
      decisionReason
    }
  }
`;

const ADMIN_ROW = 'id title group category status agencyType updatedAt agency { id name }';

export const STUCK_DRAFTS = gql<KippStuckDraftsQuery, KippStuckDraftsQueryVariables>`
  query KippStuckDrafts($competitionId: ID!, $after: String) {
    stuckDrafts(competitionId: $competitionId, first: 50, after: $after) { deadline daysLeft drafts { ${PAGE_INFO} edges { cursor node { ${ADMIN_ROW} sharedWithAdmin } } } }
  }
`;

export const COMPETITION_PROPOSALS = gql<KippCompetitionProposalsQuery, KippCompetitionProposalsQueryVariables>`
  query KippCompetitionProposals($filter: ProposalFilter, $after: String) {
    proposals(filter: $filter, first: 50, after: $after) { ${PAGE_INFO} edges { cursor node { ${ADMIN_ROW} } } }
  }
`;

const AGGREGATE =
  'evaluators mean trimmedMean value min max spread scores { evaluatorId total outlier comment criteria { code score comment } }';

export const ADMIN_PROPOSAL = gql<KippAdminProposalQuery, KippAdminProposalQueryVariables>`
  query KippAdminProposal($id: ID!, $competitionId: ID!) {
    proposal(id: $id) {
      ${ADMIN_ROW} competitionId innovationStartedOn ${SECTIONS_FIELDS} videoUrl region { code name } in3tRegion
      attachments { ${ATTACHMENT_FIELDS} }
      administrativeCheck { checklist { code passed note } passed reason decidedAt }
      assignments { evaluatorId evaluatorName stage scored }
      assessment { ${AGGREGATE} }
      presentation { ${AGGREGATE} }
      fieldVerifications { id panel visitedOn notes }
    }
    administrativeChecklist { code label labelEn }
    decisions(competitionId: $competitionId, proposalId: $id, first: 50) { ${PAGE_INFO} edges { cursor node { id proposalId kind decidedBy decidedByName reason decidedAt } } }
  }
`;

export const RECORD_ADMIN_CHECK = gql<KippRecordAdministrativeCheckMutation, KippRecordAdministrativeCheckMutationVariables>`
  mutation KippRecordAdministrativeCheck($input: AdministrativeCheckInput!) {
    recordAdministrativeCheck(input: $input) {
      passed
      reason
    }
  }
`;

export const ASSIGN_EVALUATORS = gql<KippAssignEvaluatorsMutation, KippAssignEvaluatorsMutationVariables>`
  mutation KippAssignEvaluators($competitionId: ID!) {
    assignEvaluators(competitionId: $competitionId) {
      proposals
      created
      loads {
        evaluatorId
        evaluatorName
        assigned
      }
    }
  }
`;

export const RANKING = gql<KippRankingQuery, KippRankingQueryVariables>`
  query KippRanking($competitionId: ID!, $stage: KippStage!, $after: String) {
    ranking(competitionId: $competitionId, stage: $stage, first: 50, after: $after) { ${PAGE_INFO} edges { cursor node { rank of tied value proposalId title group category evaluators spread } } }
  }
`;

export const SHORTLIST = gql<KippShortlistQuery, KippShortlistQueryVariables>`
  query KippShortlist($competitionId: ID!, $tier: ShortlistTier!) {
    shortlist(competitionId: $competitionId, tier: $tier, first: 100) { ${PAGE_INFO} edges { cursor node { proposalId tier rank score title category group agencyType agency { id name } region { code name } in3tRegion innovationId reason origin } } }
    shortlistBalance(competitionId: $competitionId, tier: $tier) { dimension buckets { value shortlisted shortlistShare pool poolShare } }
  }
`;

export const PROPOSE_TOP99 = gql<KippProposeTop99Mutation, KippProposeTop99MutationVariables>`
  mutation KippProposeTop99($competitionId: ID!) {
    proposeTop99(competitionId: $competitionId)
  }
`;

export const ADJUST_SHORTLIST = gql<KippAdjustShortlistMutation, KippAdjustShortlistMutationVariables>`
  mutation KippAdjustShortlist($proposalId: ID!, $include: Boolean!, $reason: String!) {
    adjustShortlist(proposalId: $proposalId, include: $include, reason: $reason) {
      proposalId
    }
  }
`;

export const DECIDE_TOP99 = gql<KippDecideTop99Mutation, KippDecideTop99MutationVariables>`
  mutation KippDecideTop99($competitionId: ID!, $reason: String!) {
    decideTop99(competitionId: $competitionId, reason: $reason)
  }
`;

export const DECIDE_TOP45 = gql<KippDecideTop45Mutation, KippDecideTop45MutationVariables>`
  mutation KippDecideTop45($competitionId: ID!, $reason: String!) {
    decideTop45(competitionId: $competitionId, reason: $reason)
  }
`;

export const OBJECTIONS = gql<KippObjectionsQuery, KippObjectionsQueryVariables>`
  query KippObjections($competitionId: ID!) {
    objections(competitionId: $competitionId, first: 100) { ${PAGE_INFO} edges { cursor node { id proposalId title agency { id name } body contact filedAt upheld decisionReason decidedAt } } }
  }
`;

export const DECIDE_OBJECTION = gql<KippDecideObjectionMutation, KippDecideObjectionMutationVariables>`
  mutation KippDecideObjection($id: ID!, $upheld: Boolean!, $reason: String!) {
    decideObjection(id: $id, upheld: $upheld, reason: $reason) {
      id
      proposalId
      title
      agency {
        id
        name
      }
      body
      contact
      filedAt
      upheld
      decisionReason
      decidedAt
    }
  }
`;

export const DECISIONS = gql<KippDecisionsQuery, KippDecisionsQueryVariables>`
  query KippDecisions($competitionId: ID!, $after: String) {
    decisions(competitionId: $competitionId, first: 50, after: $after) { ${PAGE_INFO} edges { cursor node { id proposalId kind decidedBy decidedByName reason decidedAt } } }
  }
`;

export const CREATE_COMPETITION = gql<KippCreateCompetitionMutation, KippCreateCompetitionMutationVariables>`
  mutation KippCreateCompetition($input: KippCreateCompetitionInput!) {
    createCompetition(input: $input) {
      id
    }
  }
`;

export const COMPETITION_RUBRICS = gql<KippCompetitionRubricsQuery, KippCompetitionRubricsQueryVariables>`
  query KippCompetitionRubrics($id: ID!) {
    competition(id: $id) {
      id
      stages {
        stage
        opensOn
        decidedAt
        rubrics {
          id
          title
          group
          passingGrade
          criteria {
            code
            name
            nameEn
            weight
          }
        }
      }
    }
  }
`;

export const SET_STAGE_RUBRIC = gql<KippSetStageRubricMutation, KippSetStageRubricMutationVariables>`
  mutation KippSetStageRubric($input: KippSetStageRubricInput!) {
    setStageRubric(input: $input) {
      stage
    }
  }
`;
