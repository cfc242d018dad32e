import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  badUserInput,
  checkUpload,
  contentKey,
  FileNotFoundError,
  FileRejectedError,
  forbidden,
  notFound,
  requireSignedIn,
  SimpulError,
  type FileStorage,
  type SubgraphContext,
  requestLoader,
  requireUuid,
  isUuid,
} from '@simpul/service-kit';
import { MppAccess } from '../access/mpp-access';
import { FILE_STORAGE, FILES_MAX_BYTES } from './file-storage.token';
import type { FileUploadInput } from './file-upload.input';
import { MppFile, MppFileDownload } from './mpp-file.model';
import { mppUploadPolicy } from './mpp-upload-policy';

const FILE_COLUMNS = `f.id, f.mall_id AS "mallId", f.tenancy_id AS "tenancyId", f.storage_key AS "storageKey", f.file_name AS "fileName",
  f.mime_type AS "mimeType", f.size_bytes AS "sizeBytes", f.sha256, f.uploaded_at AS "uploadedAt"`;

/** Whose file it is: the mall, and for a PKS the tenancy (whose desk may then download it). */
export interface FileOwner {
  mallId: string;
  tenancyId: string | null;
}

@Injectable()
export class MppFileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: MppAccess,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(FILES_MAX_BYTES) private readonly maxBytes: number,
  ) {}

  /**
   * Checks an upload before anything is written (size, type, magic bytes) and turns a refusal into
   * BAD_USER_INPUT on the field at fault. Call it before opening the transaction.
   */
  check(upload: FileUploadInput, field: string) {
    try {
      return checkUpload(upload, mppUploadPolicy(field, this.maxBytes));
    } catch (error) {
      if (error instanceof FileRejectedError) throw badUserInput(error.field, error.messages.en, error.messages.id);
      throw error;
    }
  }

  /**
   * Stores a checked upload: the bytes first, under their SHA-256 (so a retry or a second copy of
   * the same scan writes nothing new), then the row inside the caller's transaction. If the
   * transaction rolls back, the row is gone and the bytes stay as an unreferenced blob; no row
   * ever points at bytes that are not there.
   */
  async store(
    manager: EntityManager,
    context: SubgraphContext,
    owner: FileOwner,
    checked: ReturnType<MppFileService['check']>,
  ): Promise<string> {
    const key = contentKey('mpp', checked.sha256);
    if (!(await this.storage.exists(key))) await this.storage.put(key, checked.bytes);
    const id = randomUUID();
    await manager.query(
      `INSERT INTO mpp.files (id, mall_id, tenancy_id, storage_key, file_name, mime_type, size_bytes, sha256, uploaded_by, uploaded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())`,
      [
        id,
        owner.mallId,
        owner.tenancyId,
        key,
        checked.fileName,
        checked.mimeType,
        checked.sizeBytes,
        checked.sha256,
        context.caller?.userId ?? null,
      ],
    );
    return id;
  }

  loader(context: SubgraphContext) {
    return requestLoader<MppFile | null>(
      context,
      'mpp:files',
      async (ids) => {
        const valid = ids.filter((id) => isUuid(id));
        const rows: MppFile[] = valid.length
          ? await this.dataSource.query(`SELECT ${FILE_COLUMNS} FROM mpp.files f WHERE f.id = ANY($1::uuid[])`, [valid])
          : [];
        return new Map(rows.map((row) => [row.id, row]));
      },
      null,
    );
  }

  /** The operator of the mall and national admins; for a PKS also the tenant agency's desk. */
  async canDownload(context: SubgraphContext, file: MppFile): Promise<boolean> {
    const caller = context.caller;
    if (caller?.role === 'NATIONAL_ADMIN') return true;
    if (caller?.role === 'MPP_OPERATOR') return caller.mallId === file.mallId;
    if (caller?.role === 'UNIT_DESK' && file.tenancyId) {
      const [tenancy]: { mallId: string; agencyId: string }[] = await this.dataSource.query(
        `SELECT mall_id AS "mallId", agency_id AS "agencyId" FROM mpp.tenancies WHERE id = $1`,
        [file.tenancyId],
      );
      return Boolean(tenancy) && (await this.access.canReadTenancy(context, tenancy));
    }
    return false;
  }

  async download(context: SubgraphContext, id: string): Promise<MppFileDownload> {
    requireSignedIn(context.caller);
    requireUuid(id, 'id');
    const file = await this.loader(context).load(id);
    if (!file) throw notFound('No file has this id.', 'Berkas dengan ID ini tidak ditemukan.', 'id');
    if (!(await this.canDownload(context, file))) {
      throw forbidden(
        "Only the mall operator, a national admin or the tenant agency's desk may download this file.",
        'Hanya operator MPP, admin nasional atau desk instansi tenant yang dapat mengunduh berkas ini.',
      );
    }
    try {
      const bytes = await this.storage.get(file.storageKey);
      return { file, contentBase64: bytes.toString('base64') };
    } catch (error) {
      if (error instanceof FileNotFoundError) {
        // The row exists but the bytes are gone (a storage directory lost or not shared between replicas).
        throw new SimpulError(
          'NOT_FOUND',
          {
            en: 'The file is recorded but its content is missing from storage.',
            id: 'Berkas tercatat tetapi isinya tidak ada di penyimpanan.',
          },
          'id',
        );
      }
      throw error;
    }
  }
}
