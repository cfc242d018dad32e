import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller, Identity } from '@simpul/contracts';
import { forbidden, one, requireSignedIn } from '@simpul/service-kit';

/** Who opens a document: what the rule reads of a caller, and all a download link carries of one. */
export type DocumentReader = Pick<Identity, 'userId' | 'role' | 'serviceUnitId'>;

/**
 * A unit's evidence documents: its own desk and the admin manage them; an evaluator assigned to any
 * lokus of the unit may list them. A document's content is read by exactly who may see a lokus it
 * is attached to (`requireDocumentReader`).
 */
@Injectable()
export class EvidenceAccess {
  constructor(private readonly dataSource: DataSource) {}

  async requireUnit(serviceUnitId: string, caller: Caller, write: boolean): Promise<void> {
    requireSignedIn(caller);
    if (caller.role === 'NATIONAL_ADMIN') return;
    if (caller.role === 'UNIT_DESK' && caller.serviceUnitId === serviceUnitId) return;
    if (!write && caller.role === 'EVALUATOR') {
      const assigned = await one(
        this.dataSource,
        `SELECT 1 FROM evaluation.assignments a JOIN evaluation.lokus l ON l.id = a.lokus_id WHERE l.service_unit_id = $1 AND a.evaluator_id = $2 LIMIT 1`,
        [serviceUnitId, caller.userId],
      );
      if (assigned) return;
    }
    throw forbidden(
      "Only the unit's own desk may manage its evidence.",
      'Hanya petugas unit itu sendiri yang boleh mengelola bukti dukungnya.',
    );
  }

  /**
   * Opening a document's content: the admin, the desk of the unit that owns it, and an evaluator
   * (first or second rater) assigned to a lokus the document is attached to — the same people who
   * see that lokus' claims. Everyone else (an evaluator of another lokus, another unit's desk, the
   * public) is FORBIDDEN, whether or not the document exists elsewhere. Asked when a download link
   * is issued and again when it is followed, for the reader the link names.
   */
  async requireDocumentReader(documentId: string, serviceUnitId: string, caller: DocumentReader | null): Promise<void> {
    if (caller?.role === 'NATIONAL_ADMIN') return;
    if (caller?.role === 'UNIT_DESK' && caller.serviceUnitId === serviceUnitId) return;
    if (caller?.role === 'EVALUATOR') {
      const assigned = await one(
        this.dataSource,
        `SELECT 1 FROM evaluation.claim_evidence e JOIN evaluation.assignments a ON a.lokus_id = e.lokus_id
         WHERE e.document_id = $1 AND a.evaluator_id = $2 LIMIT 1`,
        [documentId, caller.userId],
      );
      if (assigned) return;
    }
    throw forbidden(
      'Only the unit’s desk, the evaluators assigned to a lokus this document supports and the national admin may open it.',
      'Hanya petugas unit, evaluator yang ditugaskan pada lokus yang memakai dokumen ini, dan admin nasional yang boleh membukanya.',
    );
  }
}
