import { gql } from '@simpul/web-kit';
import type {
  ExportInnovationsQuery,
  ExportInnovationsQueryVariables,
  ExportProposalsQuery,
  ExportProposalsQueryVariables,
} from '../__generated__/operations';

const FILE = 'fileName mimeType contentBase64 rowCount demoRowCount';

export const EXPORT_INNOVATIONS = gql<ExportInnovationsQuery, ExportInnovationsQueryVariables>`
  query ExportInnovations($filter: InnovationFilter, $format: ExportFormat!) {
    exportInnovations(filter: $filter, format: $format) { ${FILE} }
  }
`;

export const EXPORT_PROPOSALS = gql<ExportProposalsQuery, ExportProposalsQueryVariables>`
  query ExportProposals($competitionId: ID!, $format: ExportFormat!) {
    exportProposals(competitionId: $competitionId, format: $format) { ${FILE} }
  }
`;
