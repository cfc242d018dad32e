import { connectionOf, gql, type NodeOf } from '@simpul/web-kit';
import type {
  ImportDeskDaysMutation,
  ImportDeskDaysMutationVariables,
  RecordDeskDayInput,
  RecordDeskDayMutation,
  RecordDeskDayMutationVariables,
  VisitsPageQuery,
  VisitsPageQueryVariables,
} from '../__generated__/operations';

export type { RecordDeskDayInput };
export type DeskDayRow = NodeOf<VisitsPageQuery['deskDays']>;

export const VISITS_PAGE = gql<VisitsPageQuery, VisitsPageQueryVariables>`
query VisitsPage($mallId: ID!, $from: String!, $to: String!, $first: Int, $after: String) {
  mall(id: $mallId) { id name desks { id number label } }
  deskDays(mallId: $mallId, from: $from, to: $to, first: $first, after: $after) {
    ${connectionOf('id date visitors complaints source origin desk { id number } tenancy { id agency { id name } }')}
  }
}`;

export const RECORD_DESK_DAY = gql<RecordDeskDayMutation, RecordDeskDayMutationVariables>`
  mutation RecordDeskDay($input: RecordDeskDayInput!) {
    recordDeskDay(input: $input) {
      id
    }
  }
`;

export type ImportReport = ImportDeskDaysMutation['importDeskDays'];
export type ImportRow = ImportReport['rows'][number];

export const IMPORT_DESK_DAYS = gql<ImportDeskDaysMutation, ImportDeskDaysMutationVariables>`
  mutation ImportDeskDays($mallId: ID!, $csv: String!) {
    importDeskDays(mallId: $mallId, csv: $csv) {
      accepted
      created
      updated
      unchanged
      rows {
        row
        deskNumber
        date
        outcome
        problems {
          field
          message
          messageEn
        }
      }
    }
  }
`;
