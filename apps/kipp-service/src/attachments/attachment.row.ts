import type { ProposalAttachment } from '../proposals/proposal.model';

/** A `kipp.proposal_attachments` row. */
export interface AttachmentRow {
  id: string;
  proposal_id: string;
  kind: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  url: string | null;
  storage_key: string | null;
  sha256: string | null;
  added_at: Date;
}

export const toAttachment = (row: AttachmentRow): ProposalAttachment => ({
  id: row.id,
  proposalId: row.proposal_id,
  kind: row.kind,
  fileName: row.file_name,
  contentType: row.content_type,
  sizeBytes: row.size_bytes,
  url: row.url,
  sha256: row.sha256,
  stored: row.storage_key !== null,
  addedAt: row.added_at,
});
