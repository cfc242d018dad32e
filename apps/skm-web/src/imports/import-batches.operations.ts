import { gql, type NodeOf, PAGE_INFO } from '@simpul/web-kit';
import type { SkmImportBatchPageQuery, SkmImportBatchPageQueryVariables } from '../__generated__/operations';

export type ImportBatchRow = NodeOf<SkmImportBatchPageQuery['skmImportBatches']>;

/** A page of a survey's paper-form import batches, with the survey they belong to. */
export const IMPORT_BATCH_PAGE = gql<SkmImportBatchPageQuery, SkmImportBatchPageQueryVariables>`
  query SkmImportBatchPage($surveyId: ID!, $first: Int, $after: String) {
    skmSurvey(id: $surveyId) { id title serviceUnitId mallId }
    skmImportBatches(surveyId: $surveyId, first: $first, after: $after) {
      ${PAGE_INFO} edges { cursor node { id fileName rowCount review importedAt } }
    }
  }
`;
