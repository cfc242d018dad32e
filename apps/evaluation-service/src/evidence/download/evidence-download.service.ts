import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@simpul/contracts';
import { Clock, FileNotFoundError, forbidden, isUuid, notFound, one, SimpulError, type FileStorage } from '@simpul/service-kit';
import { EvidenceAccess } from '../../access/evidence-access.service';
import { EVIDENCE_STORAGE } from '../evidence-storage';
import type { EvidenceDocument } from '../evidence.model';
import { DOCUMENT_COLUMNS } from '../evidence.service';
import type { EvidenceDownloadLink } from './download-link.model';
import { DOWNLOAD_LINK_KEY, readDownloadToken, signDownloadToken } from './download-token';

/** The portal path of a document's bytes; the portal and the gateway pass /files/evidence/* on to this service. */
export const FILES_PATH = '/files/evidence';

/** A link refused because its time is up: the page asks for a new one (HTTP 410). */
export class LinkExpiredError extends SimpulError {
  constructor() {
    super('FORBIDDEN', {
      en: 'This link has expired. Open the document again from the portal.',
      id: 'Tautan ini sudah kedaluwarsa. Buka kembali dokumen dari portal.',
    });
  }
}

/**
 * Evidence bytes leave the service only through a short-lived signed link: the link is issued to
 * whoever may read the document (EvidenceAccess.requireDocumentReader), binds the document, that
 * reader and the expiry, and is checked again — signature, expiry, document, and the access rule
 * for that reader — when the browser follows it. There is no public path to a file.
 */
@Injectable()
export class EvidenceDownloadService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: EvidenceAccess,
    private readonly clock: Clock,
    @Inject(EVIDENCE_STORAGE) private readonly storage: FileStorage,
    @Inject(DOWNLOAD_LINK_KEY) private readonly key: string,
  ) {}

  async link(documentId: string, caller: Identity): Promise<EvidenceDownloadLink> {
    const { document } = await this.document(documentId);
    await this.access.requireDocumentReader(document.id, document.serviceUnitId, caller);
    const { token, expiresAt } = signDownloadToken(document.id, caller, this.key, this.clock.now());
    // The file's name as the last segment: a browser names what it shows or saves after the path
    // when it does not read Content-Disposition (Chromium's PDF viewer did not before version 156).
    const path = `${FILES_PATH}/${encodeURIComponent(document.id)}/${encodeURIComponent(document.fileName)}`;
    return { url: `${path}?token=${encodeURIComponent(token)}`, expiresAt, document };
  }

  /** The document and its bytes for a link's token; refusals are SimpulErrors (LinkExpiredError for a late one). */
  async open(documentId: string, token: string | undefined): Promise<{ document: EvidenceDocument; bytes: Buffer }> {
    // The token is checked before the database is asked, so a bad link learns nothing about documents.
    const check = readDownloadToken(token, documentId, this.key, this.clock.now());
    if (!check.ok) {
      if (check.reason === 'expired') throw new LinkExpiredError();
      throw check.reason === 'other-document'
        ? forbidden('This link is for another document.', 'Tautan ini untuk dokumen lain.')
        : forbidden('This link is not valid. Open the document from the portal.', 'Tautan ini tidak sah. Buka dokumen dari portal.');
    }
    const { document, storageKey } = await this.document(documentId);
    // Still a reader now: an evaluator taken off the lokus a minute ago no longer opens its evidence.
    await this.access.requireDocumentReader(document.id, document.serviceUnitId, check.reader);
    try {
      return { document, bytes: await this.storage.get(storageKey) };
    } catch (error) {
      // The row outlived its bytes (a storage restored from an older backup): say so, not "internal error".
      if (error instanceof FileNotFoundError)
        throw notFound('The file of this document is missing from storage.', 'Berkas dokumen ini tidak ada di penyimpanan.', 'documentId');
      throw error;
    }
  }

  private async document(documentId: string): Promise<{ document: EvidenceDocument; storageKey: string }> {
    const row = isUuid(documentId)
      ? await one<EvidenceDocument & { storageKey: string }>(
          this.dataSource,
          `SELECT ${DOCUMENT_COLUMNS}, d.storage_key AS "storageKey" FROM evaluation.documents d WHERE d.id = $1`,
          [documentId],
        )
      : null;
    if (!row) throw notFound('This document does not exist.', 'Dokumen ini tidak ada.', 'documentId');
    const { storageKey, ...document } = row;
    return { document, storageKey };
  }
}
