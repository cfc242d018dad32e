import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Identity } from '@simpul/contracts';
import { conflict, one, requireText, rows } from '@simpul/service-kit';
import { f01SubmissionAccess } from '../../access/f01-submission-access';
import { LokusAccess } from '../../access/lokus-access.service';
import { CyclePhase } from '../../cycles/cycle-phase.enum';
import { CycleService } from '../../cycles/cycle.service';
import { isOpen, requireNotFrozen, requirePhase } from '../../cycles/phase-rules';
import { indicatorsOf, instrumentOf } from '../../instruments/instrument-lookup';
import type { LokusRow } from '../../lokus/lokus.row';
import { f01Progress } from './f01-completeness';
import { F01IncompleteError } from './f01-incomplete-error';
import type { F01Completeness, F01Receipt, F01ReceiptIndicator } from './f01-submission.model';

const SEND_ACTION = { en: 'Sending F-01', id: 'Pengiriman F-01' };
const REOPEN_ACTION = { en: 'Reopening F-01', id: 'Membuka kembali F-01' };

const SUBMISSION_COLUMNS = `id, lokus_id AS "lokusId", submitted_by AS "submittedBy", submitted_by_name AS "submittedByName", submitted_at AS "submittedAt",
  receipt, reopened_at AS "reopenedAt", reopened_by AS "reopenedBy", reopened_by_name AS "reopenedByName", reopen_reason AS "reopenReason"`;

/** What is stored in `receipt`: the instrument and, in its order, each indicator as sent. */
interface StoredReceipt {
  instrumentId: string;
  indicators: F01ReceiptIndicator[];
}

type SubmissionRow = Omit<F01Receipt, 'instrumentId' | 'indicators'> & { receipt: StoredReceipt };

function toReceipt({ receipt, ...row }: SubmissionRow): F01Receipt {
  return { ...row, instrumentId: receipt.instrumentId, indicators: receipt.indicators };
}

interface SlotRow {
  indicatorCode: string;
  level: number | null;
  evidence: { documentId: string; fileName: string; sha256: string }[];
}

/**
 * Sending the desk's F-01: the completeness check, the submit that locks claims and evidence with a
 * receipt of what was sent, and the admin's reopen with a reason. Submissions are kept as history.
 */
@Injectable()
export class F01SubmissionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cycles: CycleService,
    private readonly access: LokusAccess,
  ) {}

  /** Each indicator of the lokus that has a claim or evidence, with its level and documents. */
  private slots(db: DataSource | EntityManager, lokusId: string): Promise<SlotRow[]> {
    return rows<SlotRow>(
      db,
      `WITH codes AS (
         SELECT indicator_code FROM evaluation.f01_claims WHERE lokus_id = $1
         UNION SELECT indicator_code FROM evaluation.claim_evidence WHERE lokus_id = $1)
       SELECT k.indicator_code AS "indicatorCode", c.level,
         COALESCE((SELECT json_agg(json_build_object('documentId', d.id, 'fileName', d.file_name, 'sha256', d.sha256) ORDER BY e.attached_at, d.id)
           FROM evaluation.claim_evidence e JOIN evaluation.documents d ON d.id = e.document_id
           WHERE e.lokus_id = $1 AND e.indicator_code = k.indicator_code), '[]') AS evidence
       FROM codes k LEFT JOIN evaluation.f01_claims c ON c.lokus_id = $1 AND c.indicator_code = k.indicator_code`,
      [lokusId],
    );
  }

  private progress(lokus: LokusRow, slots: readonly SlotRow[]) {
    const claimed = new Set(slots.filter((slot) => slot.level !== null).map((slot) => slot.indicatorCode));
    const evidenced = new Set(slots.filter((slot) => slot.evidence.length > 0).map((slot) => slot.indicatorCode));
    return f01Progress(instrumentOf(lokus.instrumentId), claimed, evidenced);
  }

  private open(db: DataSource | EntityManager, lokusId: string): Promise<SubmissionRow | null> {
    return one<SubmissionRow>(
      db,
      `SELECT ${SUBMISSION_COLUMNS} FROM evaluation.f01_submissions WHERE lokus_id = $1 AND reopened_at IS NULL`,
      [lokusId],
    );
  }

  async completeness(lokusId: string, caller: Identity): Promise<F01Completeness> {
    const lokus = await f01SubmissionAccess.forReading(this.access, lokusId, caller);
    const [cycle, slots, open] = await Promise.all([
      this.cycles.load(lokus.cycleId),
      this.slots(this.dataSource, lokus.id),
      this.open(this.dataSource, lokus.id),
    ]);
    const { aspects, done, total } = this.progress(lokus, slots);
    const filling = cycle.phases.find((phase) => phase.phase === CyclePhase.F01_FILLING) ?? null;
    return {
      lokusId: lokus.id,
      complete: done === total,
      done,
      total,
      aspects,
      deadline: filling?.endsAt ?? null,
      fillingOpen: !!filling && !cycle.finalisedAt && isOpen(filling, this.cycles.now()),
      submission: open ? toReceipt(open) : null,
    };
  }

  async submit(lokusId: string, caller: Identity): Promise<F01Receipt> {
    const lokus = await f01SubmissionAccess.forSending(this.access, lokusId, caller);
    const cycle = await this.cycles.load(lokus.cycleId);
    const now = this.cycles.now();
    requirePhase(cycle, [CyclePhase.F01_FILLING], now, SEND_ACTION);
    return this.dataSource.transaction(async (manager) => {
      // Holds claim and evidence writes (they take the row for share) until the receipt is stored.
      await manager.query(`SELECT 1 FROM evaluation.lokus WHERE id = $1 FOR UPDATE`, [lokus.id]);
      const already = await this.open(manager, lokus.id);
      if (already) throw conflict('This F-01 has already been sent.', 'F-01 ini sudah dikirim.', 'lokusId');
      const slots = await this.slots(manager, lokus.id);
      const { missing } = this.progress(lokus, slots);
      if (missing.length) throw new F01IncompleteError(missing);
      const byCode = new Map(slots.map((slot) => [slot.indicatorCode, slot]));
      const instrument = instrumentOf(lokus.instrumentId);
      const receipt: StoredReceipt = {
        instrumentId: instrument.id,
        indicators: indicatorsOf(instrument).map((indicator) => {
          const slot = byCode.get(indicator.code) as SlotRow;
          return { indicatorCode: indicator.code, level: slot.level as number, evidence: slot.evidence };
        }),
      };
      const saved = await one<SubmissionRow>(
        manager,
        `INSERT INTO evaluation.f01_submissions (id, lokus_id, service_unit_id, submitted_by, submitted_by_name, submitted_at, receipt)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${SUBMISSION_COLUMNS}`,
        [randomUUID(), lokus.id, lokus.serviceUnitId, caller.userId, caller.displayName, now, JSON.stringify(receipt)],
      );
      return toReceipt(saved as SubmissionRow);
    });
  }

  async reopen(lokusId: string, reason: string, caller: Identity): Promise<F01Receipt> {
    const lokus = await f01SubmissionAccess.forReopening(this.access, lokusId, caller);
    const why = requireText(reason, 'reason', 'Say why F-01 is reopened.', 'Tuliskan alasan F-01 dibuka kembali.');
    requireNotFrozen(await this.cycles.load(lokus.cycleId), REOPEN_ACTION);
    const reopened = await one<SubmissionRow>(
      this.dataSource,
      `UPDATE evaluation.f01_submissions SET reopened_at = $2, reopened_by = $3, reopened_by_name = $4, reopen_reason = $5
       WHERE lokus_id = $1 AND reopened_at IS NULL RETURNING ${SUBMISSION_COLUMNS}`,
      [lokus.id, this.cycles.now(), caller.userId, caller.displayName, why],
    );
    if (!reopened)
      throw conflict(
        'This F-01 has not been sent, so there is nothing to reopen.',
        'F-01 ini belum dikirim, jadi tidak ada yang dibuka kembali.',
        'lokusId',
      );
    return toReceipt(reopened);
  }

  /** The submission in force (null when not sent or reopened). */
  async current(lokusId: string, caller: Identity): Promise<F01Receipt | null> {
    const lokus = await f01SubmissionAccess.forReading(this.access, lokusId, caller);
    const open = await this.open(this.dataSource, lokus.id);
    return open ? toReceipt(open) : null;
  }

  /** Every submission of the lokus, oldest first, with who reopened each and why. */
  async history(lokusId: string, caller: Identity): Promise<F01Receipt[]> {
    const lokus = await f01SubmissionAccess.forReading(this.access, lokusId, caller);
    const found = await rows<SubmissionRow>(
      this.dataSource,
      `SELECT ${SUBMISSION_COLUMNS} FROM evaluation.f01_submissions WHERE lokus_id = $1 ORDER BY submitted_at, id`,
      [lokus.id],
    );
    return found.map(toReceipt);
  }
}
