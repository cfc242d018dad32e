import { gql } from '@simpul/web-kit';
import type {
  ArchiveServiceMutation,
  ArchiveServiceMutationVariables,
  ArchiveServiceUnitMutation,
  ArchiveServiceUnitMutationVariables,
  ExternalSystem,
  ImportFormat,
  ImportServicesMutation,
  ImportServicesMutationVariables,
  UnitByExternalIdQuery,
  UnitByExternalIdQueryVariables,
} from '../__generated__/operations';

export type { ExternalSystem, ImportFormat };
export type ImportReport = ImportServicesMutation['importServices'];
export type ImportRow = ImportReport['rows'][number];
export type FoundUnit = NonNullable<UnitByExternalIdQuery['serviceUnitByExternalId']>;

/** A whole file, checked row by row; with one bad row nothing is written and every row is reported. */
export const IMPORT_SERVICES = gql<ImportServicesMutation, ImportServicesMutationVariables>`
  mutation ImportServices($serviceUnitId: ID!, $format: ImportFormat!, $contentBase64: String!) {
    importServices(serviceUnitId: $serviceUnitId, format: $format, contentBase64: $contentBase64) {
      accepted
      created
      updated
      rows {
        row
        name
        ok
        errors {
          field
          message
          messageEn
        }
      }
    }
  }
`;

export const ARCHIVE_SERVICE = gql<ArchiveServiceMutation, ArchiveServiceMutationVariables>`
  mutation ArchiveService($id: ID!) {
    archiveService(id: $id) {
      id
      archivedAt
    }
  }
`;

export const ARCHIVE_SERVICE_UNIT = gql<ArchiveServiceUnitMutation, ArchiveServiceUnitMutationVariables>`
  mutation ArchiveServiceUnit($id: ID!) {
    archiveServiceUnit(id: $id) {
      id
      archivedAt
    }
  }
`;

/** The unit another national system knows by `value` (null when none, or when it is archived and hidden from the caller). */
export const UNIT_BY_EXTERNAL_ID = gql<UnitByExternalIdQuery, UnitByExternalIdQueryVariables>`
  query UnitByExternalId($system: ExternalSystem!, $value: String!) {
    serviceUnitByExternalId(system: $system, value: $value) {
      id
      name
      archivedAt
      agency {
        id
        name
      }
      region {
        code
        name
      }
    }
  }
`;
