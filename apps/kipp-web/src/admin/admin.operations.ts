import { type Connection, gql, PAGE_INFO } from '@simpul/web-kit';
import { ATTACHMENT_FIELDS, type Attachment } from '../desk/desk.operations';
import { SECTIONS_FIELDS, type KippGroup, type KippStage, type ProposalStatus, type Sections } from '../shared/enums';

export interface StageWindow {
  stage: KippStage;
  opensOn: string;
  closesOn: string;
  decidedAt: string | null;
  decisionReason: string | null;
}

export interface Competition {
  id: string;
  year: number;
  title: string;
  groups: KippGroup[];
  categories: string[];
  rules: { top99Size: number; top45Size: number; evaluatorsPerProposal: number; outlierPoints: number };
  stages: StageWindow[];
}

const COMPETITION_FIELDS = 'id year title groups categories rules { top99Size top45Size evaluatorsPerProposal outlierPoints } stages { stage opensOn closesOn decidedAt decisionReason }';

export const COMPETITIONS = gql<{ competitions: Connection<Competition> }>`
  query KippCompetitions { competitions(first: 50) { ${PAGE_INFO} edges { cursor node { ${COMPETITION_FIELDS} } } } }
`;

export const COMPETITION = gql<{ competition: Competition | null }, { id: string }>`
  query KippCompetition($id: ID!) { competition(id: $id) { ${COMPETITION_FIELDS} } }
`;

export const DECIDE_STAGE = gql<{ decideStage: StageWindow }, { competitionId: string; stage: KippStage; reason: string }>`
  mutation KippDecideStage($competitionId: ID!, $stage: KippStage!, $reason: String!) {
    decideStage(competitionId: $competitionId, stage: $stage, reason: $reason) { stage opensOn closesOn decidedAt decisionReason }
  }
`;

export interface AdminProposalRow {
  id: string;
  title: string;
  group: KippGroup;
  category: string;
  status: ProposalStatus;
  agencyType: string;
  updatedAt: string;
  agency: { id: string; name: string };
}

const ADMIN_ROW = 'id title group category status agencyType updatedAt agency { id name }';

export const STUCK_DRAFTS = gql<{ stuckDrafts: { deadline: string; daysLeft: number; drafts: Connection<AdminProposalRow & { sharedWithAdmin: boolean }> } }, { competitionId: string; after: string | null }>`
  query KippStuckDrafts($competitionId: ID!, $after: String) {
    stuckDrafts(competitionId: $competitionId, first: 50, after: $after) { deadline daysLeft drafts { ${PAGE_INFO} edges { cursor node { ${ADMIN_ROW} sharedWithAdmin } } } }
  }
`;

export const COMPETITION_PROPOSALS = gql<{ proposals: Connection<AdminProposalRow> }, { filter: { competitionId: string; status: ProposalStatus | null }; after: string | null }>`
  query KippCompetitionProposals($filter: ProposalFilter, $after: String) {
    proposals(filter: $filter, first: 50, after: $after) { ${PAGE_INFO} edges { cursor node { ${ADMIN_ROW} } } }
  }
`;

export interface EvaluatorScore {
  evaluatorId: string;
  total: number;
  outlier: boolean;
  comment: string;
  criteria: { code: string; score: number; comment: string | null }[];
}

export interface ScoreAggregate {
  evaluators: number;
  mean: number | null;
  trimmedMean: number | null;
  value: number | null;
  min: number | null;
  max: number | null;
  spread: number | null;
  scores: EvaluatorScore[];
}

const AGGREGATE = 'evaluators mean trimmedMean value min max spread scores { evaluatorId total outlier comment criteria { code score comment } }';

export interface AdminProposal extends AdminProposalRow {
  competitionId: string;
  innovationStartedOn: string;
  sections: Sections;
  videoUrl: string | null;
  region: { code: string; name: string };
  in3tRegion: boolean;
  attachments: Attachment[];
  administrativeCheck: { checklist: { code: string; passed: boolean; note: string | null }[]; passed: boolean; reason: string; decidedAt: string } | null;
  assignments: { evaluatorId: string; evaluatorName: string; stage: KippStage; scored: boolean }[];
  assessment: ScoreAggregate | null;
  presentation: ScoreAggregate | null;
  fieldVerifications: { id: string; panel: string; visitedOn: string; notes: string }[];
}

export const ADMIN_PROPOSAL = gql<{ proposal: AdminProposal | null; administrativeChecklist: { code: string; label: string; labelEn: string }[]; decisions: Connection<Decision> }, { id: string; competitionId: string }>`
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

export interface AdministrativeCheckInput {
  proposalId: string;
  checklist: { code: string; passed: boolean; note: string | null }[];
  reason: string;
}

export const RECORD_ADMIN_CHECK = gql<{ recordAdministrativeCheck: { passed: boolean; reason: string } }, { input: AdministrativeCheckInput }>`
  mutation KippRecordAdministrativeCheck($input: AdministrativeCheckInput!) { recordAdministrativeCheck(input: $input) { passed reason } }
`;

export const ASSIGN_EVALUATORS = gql<{ assignEvaluators: { proposals: number; created: number; loads: { evaluatorId: string; evaluatorName: string; assigned: number }[] } }, { competitionId: string }>`
  mutation KippAssignEvaluators($competitionId: ID!) { assignEvaluators(competitionId: $competitionId) { proposals created loads { evaluatorId evaluatorName assigned } } }
`;

export interface RankedProposal {
  rank: number;
  of: number;
  tied: boolean;
  value: number;
  proposalId: string;
  title: string;
  group: KippGroup;
  category: string;
  evaluators: number;
  spread: number | null;
}

export const RANKING = gql<{ ranking: Connection<RankedProposal> }, { competitionId: string; stage: KippStage; after: string | null }>`
  query KippRanking($competitionId: ID!, $stage: KippStage!, $after: String) {
    ranking(competitionId: $competitionId, stage: $stage, first: 50, after: $after) { ${PAGE_INFO} edges { cursor node { rank of tied value proposalId title group category evaluators spread } } }
  }
`;

export interface ShortlistEntry {
  proposalId: string;
  tier: 'TOP99' | 'TOP45';
  rank: number | null;
  score: number | null;
  title: string;
  category: string;
  group: KippGroup;
  agencyType: string;
  agency: { id: string; name: string };
  region: { code: string; name: string };
  in3tRegion: boolean;
  innovationId: string | null;
  reason: string;
  origin: 'OFFICIAL' | 'DEMO' | 'DERIVED';
}

export interface BalanceDimension {
  dimension: string;
  buckets: { value: string; shortlisted: number; shortlistShare: number; pool: number; poolShare: number }[];
}

export const SHORTLIST = gql<{ shortlist: Connection<ShortlistEntry>; shortlistBalance: BalanceDimension[] }, { competitionId: string; tier: 'TOP99' | 'TOP45' }>`
  query KippShortlist($competitionId: ID!, $tier: ShortlistTier!) {
    shortlist(competitionId: $competitionId, tier: $tier, first: 100) { ${PAGE_INFO} edges { cursor node { proposalId tier rank score title category group agencyType agency { id name } region { code name } in3tRegion innovationId reason origin } } }
    shortlistBalance(competitionId: $competitionId, tier: $tier) { dimension buckets { value shortlisted shortlistShare pool poolShare } }
  }
`;

export const PROPOSE_TOP99 = gql<{ proposeTop99: number }, { competitionId: string }>`
  mutation KippProposeTop99($competitionId: ID!) { proposeTop99(competitionId: $competitionId) }
`;

export const ADJUST_SHORTLIST = gql<{ adjustShortlist: { proposalId: string }[] }, { proposalId: string; include: boolean; reason: string }>`
  mutation KippAdjustShortlist($proposalId: ID!, $include: Boolean!, $reason: String!) { adjustShortlist(proposalId: $proposalId, include: $include, reason: $reason) { proposalId } }
`;

export const DECIDE_TOP99 = gql<{ decideTop99: number }, { competitionId: string; reason: string }>`
  mutation KippDecideTop99($competitionId: ID!, $reason: String!) { decideTop99(competitionId: $competitionId, reason: $reason) }
`;

export const DECIDE_TOP45 = gql<{ decideTop45: number }, { competitionId: string; reason: string }>`
  mutation KippDecideTop45($competitionId: ID!, $reason: String!) { decideTop45(competitionId: $competitionId, reason: $reason) }
`;

export interface Objection {
  id: string;
  proposalId: string;
  title: string;
  agency: { id: string; name: string };
  body: string;
  contact: string | null;
  filedAt: string;
  upheld: boolean | null;
  decisionReason: string | null;
  decidedAt: string | null;
}

export const OBJECTIONS = gql<{ objections: Connection<Objection> }, { competitionId: string }>`
  query KippObjections($competitionId: ID!) {
    objections(competitionId: $competitionId, first: 100) { ${PAGE_INFO} edges { cursor node { id proposalId title agency { id name } body contact filedAt upheld decisionReason decidedAt } } }
  }
`;

export const DECIDE_OBJECTION = gql<{ decideObjection: Objection }, { id: string; upheld: boolean; reason: string }>`
  mutation KippDecideObjection($id: ID!, $upheld: Boolean!, $reason: String!) {
    decideObjection(id: $id, upheld: $upheld, reason: $reason) { id proposalId title agency { id name } body contact filedAt upheld decisionReason decidedAt }
  }
`;

export interface Decision {
  id: string;
  proposalId: string | null;
  kind: string;
  decidedBy: string;
  decidedByName: string;
  reason: string;
  decidedAt: string;
}

export const DECISIONS = gql<{ decisions: Connection<Decision> }, { competitionId: string; after: string | null }>`
  query KippDecisions($competitionId: ID!, $after: String) {
    decisions(competitionId: $competitionId, first: 50, after: $after) { ${PAGE_INFO} edges { cursor node { id proposalId kind decidedBy decidedByName reason decidedAt } } }
  }
`;

export interface CreateCompetitionInput {
  year: number;
  title: string;
  groups: KippGroup[];
  categories: string[];
  stages: { stage: KippStage; opensOn: string; closesOn: string }[];
  groupRules: { group: KippGroup; minAgeYears: number; quotaPerAgency: number | null }[];
  top99Size: number;
  top45Size: number;
  evaluatorsPerProposal: number;
}

export const CREATE_COMPETITION = gql<{ createCompetition: { id: string } }, { input: CreateCompetitionInput }>`
  mutation KippCreateCompetition($input: KippCreateCompetitionInput!) { createCompetition(input: $input) { id } }
`;

export interface RubricCriterion {
  code: string;
  name: string;
  nameEn: string;
  weight: string;
}

export interface StageRubric {
  id: string;
  title: string;
  group: KippGroup;
  passingGrade: string | null;
  criteria: RubricCriterion[];
}

export const COMPETITION_RUBRICS = gql<{ competition: { id: string; stages: { stage: KippStage; opensOn: string; decidedAt: string | null; rubrics: StageRubric[] }[] } | null }, { id: string }>`
  query KippCompetitionRubrics($id: ID!) {
    competition(id: $id) { id stages { stage opensOn decidedAt rubrics { id title group passingGrade criteria { code name nameEn weight } } } }
  }
`;

export interface SetStageRubricInput {
  competitionId: string;
  stage: KippStage;
  group: KippGroup;
  title: string;
  passingGrade: string | null;
  criteria: RubricCriterion[];
}

export const SET_STAGE_RUBRIC = gql<{ setStageRubric: { stage: KippStage } }, { input: SetStageRubricInput }>`
  mutation KippSetStageRubric($input: KippSetStageRubricInput!) { setStageRubric(input: $input) { stage } }
`;
