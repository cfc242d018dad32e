import { gql } from '@simpul/web-kit';
import type { KippStage } from '../shared/enums';

export interface ObjectionWindow {
  id: string;
  year: number;
  rules: { objectionsPerHour: number };
  stages: { stage: KippStage; opensOn: string; closesOn: string; decidedAt: string | null }[];
}

export const OBJECTION_WINDOW = gql<{ competition: ObjectionWindow | null }, { year: number }>`
  query KippObjectionWindow($year: Int!) { competition(year: $year) { id year rules { objectionsPerHour } stages { stage opensOn closesOn decidedAt } } }
`;

export const FILE_OBJECTION = gql<{ fileObjection: { id: string; filedAt: string } }, { proposalId: string; body: string; contact: string | null }>`
  mutation KippFileObjection($proposalId: ID!, $body: String!, $contact: String) { fileObjection(proposalId: $proposalId, body: $body, contact: $contact) { id filedAt } }
`;
