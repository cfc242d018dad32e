import { gql } from '@simpul/web-kit';
import type {
  ExportMallDesksQuery,
  ExportMallDesksQueryVariables,
  ExportMallQuotasQuery,
  ExportMallQuotasQueryVariables,
  ExportMallTenanciesQuery,
  ExportMallTenanciesQueryVariables,
  ExportMallVisitorsQuery,
  ExportMallVisitorsQueryVariables,
} from '../__generated__/operations';

const FILE = 'fileName mimeType contentBase64 rowCount demoRowCount';

export const EXPORT_TENANCIES = gql<ExportMallTenanciesQuery, ExportMallTenanciesQueryVariables>`
  query ExportMallTenancies($mallId: ID!, $format: ExportFormat!) { exportMallTenancies(mallId: $mallId, format: $format) { ${FILE} } }
`;

export const EXPORT_QUOTAS = gql<ExportMallQuotasQuery, ExportMallQuotasQueryVariables>`
  query ExportMallQuotas($mallId: ID!, $format: ExportFormat!) { exportMallQuotas(mallId: $mallId, format: $format) { ${FILE} } }
`;

export const EXPORT_DESKS = gql<ExportMallDesksQuery, ExportMallDesksQueryVariables>`
  query ExportMallDesks($mallId: ID!, $format: ExportFormat!) { exportMallDesks(mallId: $mallId, format: $format) { ${FILE} } }
`;

export const EXPORT_VISITORS = gql<ExportMallVisitorsQuery, ExportMallVisitorsQueryVariables>`
  query ExportMallVisitors($mallId: ID!, $from: String!, $to: String!, $format: ExportFormat!) {
    exportMallVisitors(mallId: $mallId, from: $from, to: $to, format: $format) { ${FILE} }
  }
`;
