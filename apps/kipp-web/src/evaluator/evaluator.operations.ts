import { type Connection, gql, PAGE_INFO } from '@simpul/web-kit';
import { ATTACHMENT_FIELDS, type Attachment } from '../desk/desk.operations';
import { SECTIONS_FIELDS, type KippGroup, type KippStage, type ProposalStatus, type Sections } from '../shared/enums';

export interface Assignment {
  proposalId: string;
  evaluatorId: string;
  evaluatorName: string;
  stage: KippStage;
  scored: boolean;
}

export const EVALUATOR_COMPETITIONS = gql<{ competitions: Connection<{ id: string; year: number; title: string }> }>`
  query KippEvaluatorCompetitions { competitions(first: 20) { ${PAGE_INFO} edges { cursor node { id year title } } } }
`;

export const MY_ASSIGNMENTS = gql<{ myAssignments: Connection<Assignment>; proposals: Connection<{ id: string; title: string; group: KippGroup; category: string }> }, { competitionId: string; after: string | null }>`
  query KippMyAssignments($competitionId: ID!, $after: String) {
    myAssignments(competitionId: $competitionId, first: 100, after: $after) { ${PAGE_INFO} edges { cursor node { proposalId evaluatorId evaluatorName stage scored } } }
    proposals(filter: { competitionId: $competitionId }, first: 100) { ${PAGE_INFO} edges { cursor node { id title group category } } }
  }
`;

export interface KippRubric {
  id: string;
  title: string;
  group: KippGroup;
  scaleMin: number;
  scaleMax: number;
  passingGrade: string | null;
  criteria: { code: string; name: string; nameEn: string; weight: string }[];
}

export interface FieldVerification {
  id: string;
  panel: string;
  visitedOn: string;
  notes: string;
}

export interface ScoringProposal {
  id: string;
  title: string;
  status: ProposalStatus;
  fieldVerifications: FieldVerification[];
  group: KippGroup;
  category: string;
  sections: Sections;
  videoUrl: string | null;
  attachments: Attachment[];
  competition: { id: string; year: number; stages: { stage: KippStage; decidedAt: string | null; rubrics: KippRubric[] }[] };
}

const RUBRIC = 'id title group scaleMin scaleMax passingGrade criteria { code name nameEn weight }';

export const SCORING_PROPOSAL = gql<{ proposal: ScoringProposal | null }, { id: string }>`
  query KippScoringProposal($id: ID!) {
    proposal(id: $id) {
      id title status group category ${SECTIONS_FIELDS} videoUrl attachments { ${ATTACHMENT_FIELDS} } fieldVerifications { id panel visitedOn notes }
      competition { id year stages { stage decidedAt rubrics { ${RUBRIC} } } }
    }
  }
`;

export interface ScoreInput {
  proposalId: string;
  stage: KippStage;
  criteria: { code: string; score: number; comment: string | null }[];
  comment: string;
}

export const SUBMIT_SCORE = gql<{ submitScore: { total: number; scoredAt: string } }, { input: ScoreInput }>`
  mutation KippSubmitScore($input: ScoreInput!) { submitScore(input: $input) { total scoredAt } }
`;

export const RECORD_FIELD_VERIFICATION = gql<{ recordKippFieldVerification: FieldVerification }, { proposalId: string; visitedOn: string; notes: string }>`
  mutation KippRecordFieldVerification($proposalId: ID!, $visitedOn: String!, $notes: String!) {
    recordKippFieldVerification(proposalId: $proposalId, visitedOn: $visitedOn, notes: $notes) { id panel visitedOn notes }
  }
`;

export const PANEL_TOP99 = gql<{ proposals: Connection<{ id: string; title: string; group: KippGroup; category: string; agency: { id: string; name: string } }> }, { competitionId: string; after: string | null }>`
  query KippPanelTop99($competitionId: ID!, $after: String) {
    proposals(filter: { competitionId: $competitionId, status: TOP99 }, first: 50, after: $after) { ${PAGE_INFO} edges { cursor node { id title group category agency { id name } } } }
  }
`;
