import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  badUserInput,
  checkUpload,
  contentKey,
  FileNotFoundError,
  FileRejectedError,
  notFound,
  requireSignedIn,
  SimpulError,
  type CheckedUpload,
  type FileStorage,
  type SubgraphContext,
  one,
  conflict,
  isUuid,
} from '@simpul/service-kit';
import type { ProposalAttachment } from '../proposals/proposal.model';
import { ProposalService } from '../proposals/proposal.service';
import { ProposalStatus } from '../proposals/proposal-status.enum';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_STORAGE, attachmentUploadPolicy } from './attachment-storage';
import type { AttachmentDownload, UploadAttachmentInput } from './attachment.model';
import { toAttachment, type AttachmentRow } from './attachment.row';

const KIND = /^[A-Z][A-Z_]{1,39}$/;

/**
 * Proposal attachments are uploaded files, checked as every module checks them (name, type by
 * extension and MIME type, size, magic bytes) and kept under their SHA-256; they are downloaded
 * through the service by whoever may see the proposal.
 */
@Injectable()
export class AttachmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly proposals: ProposalService,
    @Inject(ATTACHMENT_STORAGE) private readonly storage: FileStorage,
    @Inject(ATTACHMENT_MAX_BYTES) private readonly maxBytes: number,
  ) {}

  private check(input: UploadAttachmentInput): CheckedUpload {
    try {
      return checkUpload(input.file, attachmentUploadPolicy(this.maxBytes));
    } catch (error) {
      if (error instanceof FileRejectedError) throw badUserInput(error.field, error.messages.en, error.messages.id);
      throw error;
    }
  }

  /** Checks before anything is written; the bytes go to storage first (content-addressed), the row in the transaction. */
  async upload(context: SubgraphContext, input: UploadAttachmentInput): Promise<ProposalAttachment> {
    requireSignedIn(context.caller);
    const kind = input.kind.trim().toUpperCase();
    if (!KIND.test(kind)) throw badUserInput('input.kind', 'Choose the kind of attachment.', 'Pilih jenis lampiran.');
    const checked = this.check(input);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.proposals.lock(manager, input.proposalId, 'input.proposalId');
      await this.proposals.requireDraftEditor(context, row);
      if (row.status !== ProposalStatus.DRAFT)
        throw conflict('Attachments can only change on a draft.', 'Lampiran hanya dapat diubah pada draf.', 'input.proposalId');
      const key = contentKey('kipp', checked.sha256);
      if (!(await this.storage.exists(key))) await this.storage.put(key, checked.bytes);
      const created = await one<AttachmentRow>(
        manager,
        `INSERT INTO kipp.proposal_attachments (id, proposal_id, kind, file_name, content_type, size_bytes, storage_key, sha256, added_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
        [randomUUID(), row.id, kind, checked.fileName, checked.mimeType, checked.sizeBytes, key, checked.sha256, context.caller?.userId],
      );
      return toAttachment(created as AttachmentRow);
    });
  }

  /** The bytes of an attachment, for whoever may see its proposal (NOT_FOUND otherwise, as for the proposal itself). */
  async download(context: SubgraphContext, id: string): Promise<AttachmentDownload> {
    requireSignedIn(context.caller);
    const row = isUuid(id)
      ? await one<AttachmentRow>(this.dataSource, `SELECT * FROM kipp.proposal_attachments WHERE id = $1`, [id])
      : null;
    const visible = row ? await this.proposals.find(context, row.proposal_id) : null;
    if (!row || !visible) throw notFound('No attachment has this id.', 'Lampiran dengan ID ini tidak ditemukan.', 'id');
    if (!row.storage_key)
      throw notFound(
        'This attachment was recorded as a link, not uploaded; open its address.',
        'Lampiran ini dicatat sebagai tautan, bukan diunggah; buka alamatnya.',
        'id',
      );
    try {
      return { attachment: toAttachment(row), contentBase64: (await this.storage.get(row.storage_key)).toString('base64') };
    } catch (error) {
      if (error instanceof FileNotFoundError) {
        throw new SimpulError(
          'NOT_FOUND',
          {
            en: 'The attachment is recorded but its content is missing from storage.',
            id: 'Lampiran tercatat tetapi isinya tidak ada di penyimpanan.',
          },
          'id',
        );
      }
      throw error;
    }
  }
}
