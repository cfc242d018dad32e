import { MppInit1764000000000 } from './1764000000000-mpp-init';
import { DropDeskIkm1764100000000 } from './1764100000000-drop-desk-ikm';
import { MallStatusChanges1764100000001 } from './1764100000001-mall-status-changes';
import { StoredFiles1764100000002 } from './1764100000002-stored-files';
import { MppAudit1765100000000 } from './1765100000000-mpp-audit';
import { MppDataOrigin1765300000101 } from './1765300000101-mpp-data-origin';
import { AgreementsAudit1765400000000 } from './1765400000000-agreements-audit';
import { MppFileBlobs1766900000100 } from './1766900000100-mpp-file-blobs';
import { MppSearchKey1767700000000 } from './1767700000000-mpp-search-key';

/** Every MPP migration, oldest first (classes, not globs: the app is bundled). */
export const MPP_MIGRATIONS = [
  MppInit1764000000000,
  DropDeskIkm1764100000000,
  MallStatusChanges1764100000001,
  StoredFiles1764100000002,
  MppAudit1765100000000,
  MppDataOrigin1765300000101,
  AgreementsAudit1765400000000,
  MppFileBlobs1766900000100,
  MppSearchKey1767700000000,
];
