import { SkmInit1764100000000 } from './1764100000000-skm-init';
import { SkmDeskLatest1764200000000 } from './1764200000000-skm-desk-latest';
import { SkmWritePaths1764300000000 } from './1764300000000-skm-write-paths';
import { SkmAudit1765100000000 } from './1765100000000-skm-audit';
import { SkmDataOrigin1765200000001 } from './1765200000001-skm-data-origin';
import { SkmRateBuckets1766900000000 } from './1766900000000-skm-rate-buckets';
import { SkmQueueKeys1767300000000 } from './1767300000000-skm-queue-keys';
import { SkmSearchKey1767900000000 } from './1767900000000-skm-search-key';

/** Every SKM migration, oldest first (classes, not globs: the app is bundled). */
export const SKM_MIGRATIONS = [
  SkmInit1764100000000,
  SkmDeskLatest1764200000000,
  SkmWritePaths1764300000000,
  SkmAudit1765100000000,
  SkmDataOrigin1765200000001,
  SkmRateBuckets1766900000000,
  SkmQueueKeys1767300000000,
  SkmSearchKey1767900000000,
];
