import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@simpul/contracts';
import {
  badUserInput,
  forbidden,
  notFound,
  type Connection,
  type FileStorage,
  one,
  rows,
  conflict,
  keysetPage,
  isUuid,
  pageSize,
  type PageArgs,
} from '@simpul/service-kit';
import { CyclePhase } from '../cycles/cycle-phase.enum';
import { CycleService } from '../cycles/cycle.service';
import { requirePhase } from '../cycles/phase-rules';
import { F01_ACTION } from '../f01/f01.service';
import { requireF01Unlocked } from '../f01/submission/f01-lock';
import { indicatorOf } from '../instruments/instrument-lookup';
import { EvidenceAccess } from '../access/evidence-access.service';
import { LokusAccess } from '../access/lokus-access.service';
import type { LokusRow } from '../lokus/lokus.row';
import { checkEvidenceFile } from './evidence-policy';
import { EVIDENCE_STORAGE, evidenceKey } from './evidence-storage';
import type {
  CarryEvidenceInput,
  EvidenceAttachment,
  EvidenceDocument,
  EvidenceEvent,
  EvidenceSlotInput,
  UploadEvidenceInput,
} from './evidence.model';

export const EVIDENCE_MAX_BYTES = Symbol('EVIDENCE_MAX_BYTES');
/** An evidence document's columns as `EvidenceDocument` fields, from `evaluation.documents d`. */
export const DOCUMENT_COLUMNS = `d.id, d.service_unit_id AS "serviceUnitId", d.file_name AS "fileName", d.mime_type AS "mimeType", d.size_bytes AS "sizeBytes", d.sha256,
  d.uploaded_by AS "uploadedBy", d.uploaded_by_name AS "uploadedByName", d.uploaded_at AS "uploadedAt"`;

@Injectable()
export class EvidenceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cycles: CycleService,
    private readonly access: LokusAccess,
    private readonly evidenceAccess: EvidenceAccess,
    @Inject(EVIDENCE_STORAGE) private readonly storage: FileStorage,
    @Inject(EVIDENCE_MAX_BYTES) private readonly maxBytes: number,
  ) {}

  /** Stores a file once per unit: the same content uploaded again returns the existing document. */
  async upload(input: UploadEvidenceInput, caller: Identity): Promise<EvidenceDocument> {
    if (!isUuid(input.serviceUnitId)) throw badUserInput('input.serviceUnitId', 'Unknown unit.', 'Unit tidak dikenal.');
    await this.evidenceAccess.requireUnit(input.serviceUnitId, caller, true);
    const file = checkEvidenceFile(input.fileName, input.mimeType, input.contentBase64, this.maxBytes);
    const existing = await one<EvidenceDocument>(
      this.dataSource,
      `SELECT ${DOCUMENT_COLUMNS} FROM evaluation.documents d WHERE d.service_unit_id = $1 AND d.sha256 = $2`,
      [input.serviceUnitId, file.sha256],
    );
    if (existing) return existing;
    const key = evidenceKey(input.serviceUnitId, file.sha256);
    await this.storage.put(key, file.bytes);
    const inserted = await one<EvidenceDocument>(
      this.dataSource,
      `WITH d AS (INSERT INTO evaluation.documents (id, service_unit_id, file_name, mime_type, size_bytes, sha256, storage_key, uploaded_by, uploaded_by_name, uploaded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (service_unit_id, sha256) DO NOTHING RETURNING *)
       SELECT ${DOCUMENT_COLUMNS} FROM d`,
      [
        randomUUID(),
        input.serviceUnitId,
        file.fileName,
        file.mimeType,
        file.sizeBytes,
        file.sha256,
        key,
        caller.userId,
        caller.displayName,
        this.cycles.now(),
      ],
    );
    return (
      inserted ??
      ((await one<EvidenceDocument>(
        this.dataSource,
        `SELECT ${DOCUMENT_COLUMNS} FROM evaluation.documents d WHERE d.service_unit_id = $1 AND d.sha256 = $2`,
        [input.serviceUnitId, file.sha256],
      )) as EvidenceDocument)
    );
  }

  /** The unit's library, newest upload first. */
  async unitDocuments(serviceUnitId: string, caller: Identity, page: PageArgs): Promise<Connection<EvidenceDocument>> {
    const first = pageSize(page);
    if (!isUuid(serviceUnitId))
      return { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } };
    await this.evidenceAccess.requireUnit(serviceUnitId, caller, false);
    return keysetPage<EvidenceDocument>(this.dataSource, {
      columns: DOCUMENT_COLUMNS,
      from: 'evaluation.documents d',
      where: 'd.service_unit_id = $1',
      params: [serviceUnitId],
      keys: [
        { sql: 'd.uploaded_at', type: 'timestamptz' },
        { sql: 'd.id', type: 'uuid' },
      ],
      direction: 'DESC',
      first,
      after: page.after,
    });
  }

  private async slot(input: { lokusId: string; indicatorCode: string }, caller: Identity): Promise<LokusRow> {
    const lokus = await this.access.forDesk(input.lokusId, caller);
    const cycle = await this.cycles.load(lokus.cycleId);
    requirePhase(cycle, [CyclePhase.F01_FILLING], this.cycles.now(), F01_ACTION);
    indicatorOf(lokus.instrumentId, input.indicatorCode);
    return lokus;
  }

  async attach(input: EvidenceSlotInput, caller: Identity): Promise<EvidenceAttachment> {
    const lokus = await this.slot(input, caller);
    const document = isUuid(input.documentId)
      ? await one<EvidenceDocument>(this.dataSource, `SELECT ${DOCUMENT_COLUMNS} FROM evaluation.documents d WHERE d.id = $1`, [
          input.documentId,
        ])
      : null;
    if (!document) throw notFound('This document does not exist.', 'Dokumen ini tidak ada.', 'input.documentId');
    if (document.serviceUnitId !== lokus.serviceUnitId)
      throw forbidden('This document belongs to another unit.', 'Dokumen ini milik unit lain.');
    const now = this.cycles.now();
    await this.dataSource.transaction(async (manager) => {
      await requireF01Unlocked(manager, lokus.id, 'input.lokusId');
      const added = await rows(
        manager,
        `INSERT INTO evaluation.claim_evidence (lokus_id, indicator_code, document_id, attached_by, attached_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING document_id`,
        [lokus.id, input.indicatorCode, document.id, caller.userId, now],
      );
      if (!added.length)
        throw conflict(
          'This document is already attached to this indicator.',
          'Dokumen ini sudah dilampirkan pada indikator ini.',
          'input.documentId',
        );
      await manager.query(
        `INSERT INTO evaluation.evidence_events (lokus_id, indicator_code, document_id, action, actor_id, at) VALUES ($1, $2, $3, 'ADDED', $4, $5)`,
        [lokus.id, input.indicatorCode, document.id, caller.userId, now],
      );
    });
    return { lokusId: lokus.id, indicatorCode: input.indicatorCode, document, attachedBy: caller.userId, attachedAt: now };
  }

  async detach(input: EvidenceSlotInput, caller: Identity): Promise<boolean> {
    const lokus = await this.slot(input, caller);
    if (!isUuid(input.documentId))
      throw notFound('This document is not attached here.', 'Dokumen ini tidak terlampir di sini.', 'input.documentId');
    return this.dataSource.transaction(async (manager) => {
      await requireF01Unlocked(manager, lokus.id, 'input.lokusId');
      const removed = await rows(
        manager,
        `DELETE FROM evaluation.claim_evidence WHERE lokus_id = $1 AND indicator_code = $2 AND document_id = $3 RETURNING document_id`,
        [lokus.id, input.indicatorCode, input.documentId],
      );
      if (!removed.length)
        throw notFound('This document is not attached here.', 'Dokumen ini tidak terlampir di sini.', 'input.documentId');
      await manager.query(
        `INSERT INTO evaluation.evidence_events (lokus_id, indicator_code, document_id, action, actor_id, at) VALUES ($1, $2, $3, 'REMOVED', $4, $5)`,
        [lokus.id, input.indicatorCode, input.documentId, caller.userId, this.cycles.now()],
      );
      return true;
    });
  }

  /** Attaches to this lokus every document the same unit attached in an earlier cycle, indicator by indicator. */
  async carry(input: CarryEvidenceInput, caller: Identity): Promise<number> {
    const lokus = await this.access.forDesk(input.lokusId, caller);
    const from = await this.access.forDesk(input.fromLokusId, caller);
    if (from.serviceUnitId !== lokus.serviceUnitId)
      throw badUserInput(
        'input.fromLokusId',
        'Evidence can only be carried from the same unit.',
        'Bukti hanya dapat dibawa dari unit yang sama.',
      );
    const cycle = await this.cycles.load(lokus.cycleId);
    requirePhase(cycle, [CyclePhase.F01_FILLING], this.cycles.now(), F01_ACTION);
    const now = this.cycles.now();
    return this.dataSource.transaction(async (manager) => {
      await requireF01Unlocked(manager, lokus.id, 'input.lokusId');
      const added = await rows<{ indicator_code: string; document_id: string }>(
        manager,
        `INSERT INTO evaluation.claim_evidence (lokus_id, indicator_code, document_id, attached_by, attached_at)
         SELECT $1, e.indicator_code, e.document_id, $3, $4 FROM evaluation.claim_evidence e WHERE e.lokus_id = $2
         ON CONFLICT DO NOTHING RETURNING indicator_code, document_id`,
        [lokus.id, from.id, caller.userId, now],
      );
      if (added.length) {
        await manager.query(
          `INSERT INTO evaluation.evidence_events (lokus_id, indicator_code, document_id, action, actor_id, at)
           SELECT $1, code, document, 'ADDED', $4, $5 FROM unnest($2::text[], $3::uuid[]) AS t(code, document)`,
          [lokus.id, added.map((row) => row.indicator_code), added.map((row) => row.document_id), caller.userId, now],
        );
      }
      return added.length;
    });
  }

  async attachmentsFor(lokusIds: readonly string[]): Promise<(EvidenceAttachment & { lokusId: string })[]> {
    const found = await rows<EvidenceAttachment & { document: EvidenceDocument }>(
      this.dataSource,
      `SELECT e.lokus_id AS "lokusId", e.indicator_code AS "indicatorCode", e.attached_by AS "attachedBy", e.attached_at AS "attachedAt",
         json_build_object('id', d.id, 'serviceUnitId', d.service_unit_id, 'fileName', d.file_name, 'mimeType', d.mime_type, 'sizeBytes', d.size_bytes,
           'sha256', d.sha256, 'uploadedBy', d.uploaded_by, 'uploadedByName', d.uploaded_by_name, 'uploadedAt', d.uploaded_at) AS document
       FROM evaluation.claim_evidence e JOIN evaluation.documents d ON d.id = e.document_id
       WHERE e.lokus_id = ANY($1::uuid[]) ORDER BY e.indicator_code, e.attached_at, d.id`,
      [lokusIds],
    );
    return found.map((row) => ({ ...row, document: { ...row.document, uploadedAt: new Date(row.document.uploadedAt) } }));
  }

  /** A slot's (or the lokus') history in the order it happened. */
  async history(
    lokusId: string,
    indicatorCode: string | null | undefined,
    caller: Identity,
    page: PageArgs,
  ): Promise<Connection<EvidenceEvent>> {
    const first = pageSize(page);
    await this.access.forWork(lokusId, caller);
    return keysetPage<EvidenceEvent>(this.dataSource, {
      columns: `e.lokus_id AS "lokusId", e.indicator_code AS "indicatorCode", e.document_id AS "documentId", d.file_name AS "fileName", e.action, e.actor_id AS "actorId", e.at`,
      from: 'evaluation.evidence_events e JOIN evaluation.documents d ON d.id = e.document_id',
      where: 'e.lokus_id = $1 AND ($2::text IS NULL OR e.indicator_code = $2)',
      params: [lokusId, indicatorCode ?? null],
      keys: [{ sql: 'e.id', type: 'bigint' }],
      direction: 'ASC',
      first,
      after: page.after,
    });
  }
}
