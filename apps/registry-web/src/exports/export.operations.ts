import { gql } from '@simpul/web-kit';
import type {
  ExportAgenciesQuery,
  ExportAgenciesQueryVariables,
  ExportServicesQuery,
  ExportServicesQueryVariables,
  ExportServiceUnitsQuery,
  ExportServiceUnitsQueryVariables,
} from '../__generated__/operations';

export const EXPORT_SERVICE_UNITS = gql<ExportServiceUnitsQuery, ExportServiceUnitsQueryVariables>`
  query ExportServiceUnits($filter: ServiceUnitFilter, $format: ExportFormat!) {
    exportServiceUnits(filter: $filter, format: $format) {
      fileName
      mimeType
      contentBase64
      rowCount
      demoRowCount
    }
  }
`;

export const EXPORT_SERVICES = gql<ExportServicesQuery, ExportServicesQueryVariables>`
  query ExportServices($filter: ServiceFilter, $format: ExportFormat!) {
    exportServices(filter: $filter, format: $format) {
      fileName
      mimeType
      contentBase64
      rowCount
      demoRowCount
    }
  }
`;

export const EXPORT_AGENCIES = gql<ExportAgenciesQuery, ExportAgenciesQueryVariables>`
  query ExportAgencies($filter: AgencyFilter, $format: ExportFormat!) {
    exportAgencies(filter: $filter, format: $format) {
      fileName
      mimeType
      contentBase64
      rowCount
      demoRowCount
    }
  }
`;
