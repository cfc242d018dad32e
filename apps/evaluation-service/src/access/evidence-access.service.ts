import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from '@simpul/contracts';
import { forbidden, one, requireSignedIn } from '@simpul/service-kit';

/**
 * A unit's evidence documents: its own desk and the admin manage them; an evaluator assigned to any
 * lokus of the unit may read them.
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
}
