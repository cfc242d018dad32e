import { RegistryInit1763900000000 } from './1763900000000-registry-init';
import { IdentityAccounts1765000000000 } from './1765000000000-identity-accounts';
import { AgencyArchive1765100000000 } from './1765100000000-agency-archive';
import { RegistryAudit1765100000001 } from './1765100000001-registry-audit';
import { SystemStatus1765200000000 } from './1765200000000-system-status';
import { PasswordChangedAt1765500000000 } from './1765500000000-password-changed-at';
import { Notifications1765600000000 } from './1765600000000-notifications';
import { DeskPlugins1765700000000 } from './1765700000000-desk-plugins';
import { IssuedDocuments1766500000000 } from '../documents/1766500000000-issued-documents';
import { SearchDocuments1766600000000 } from '../search/1766600000000-search-documents';
import { SearchRankWeight1766700000000 } from '../search/1766700000000-search-rank-weight';
import { SearchSynonymTokens1766800000000 } from '../search/1766800000000-search-synonym-tokens';
import { SearchChangeLog1766900000000 } from '../search/1766900000000-search-change-log';
import { PluginEventOrder1767900000100 } from './1767900000100-plugin-event-order';
import { ServiceStandardOutline1768000000601 } from './1768000000601-service-standard-outline';

/** Every registry migration, oldest first (classes, not globs: the app is bundled). */
export const REGISTRY_MIGRATIONS = [
  RegistryInit1763900000000,
  IdentityAccounts1765000000000,
  AgencyArchive1765100000000,
  RegistryAudit1765100000001,
  SystemStatus1765200000000,
  PasswordChangedAt1765500000000,
  Notifications1765600000000,
  DeskPlugins1765700000000,
  IssuedDocuments1766500000000,
  SearchDocuments1766600000000,
  SearchRankWeight1766700000000,
  SearchSynonymTokens1766800000000,
  SearchChangeLog1766900000000,
  PluginEventOrder1767900000100,
  ServiceStandardOutline1768000000601,
];
