import { gql } from '@simpul/web-kit';
import type { ExportSkmResultQuery, ExportSkmResultQueryVariables } from '../__generated__/operations';

export const EXPORT_SKM_RESULT = gql<ExportSkmResultQuery, ExportSkmResultQueryVariables>`
  query ExportSkmResult($surveyId: ID!, $view: SkmExportView!, $format: ExportFormat!) {
    exportSkmResult(surveyId: $surveyId, view: $view, format: $format) {
      fileName
      mimeType
      contentBase64
      rowCount
      demoRowCount
    }
  }
`;
