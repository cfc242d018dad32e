import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from '@simpul/contracts';
import { forbidden, requireSignedIn, one, isUuid } from '@simpul/service-kit';
import { lokusNotFound } from '../lokus/lokus-not-found';
import { LOKUS_COLUMNS, type LokusRow } from '../lokus/lokus.row';

export type AssignmentRole = 'PRIMARY' | 'SECOND_RATER';

/** A SQL condition limiting lokus rows (alias `l`) to what the caller may see; `$n` is the caller parameter. */
export function lokusScope(caller: Caller, parameter: number): { clause: string; value: string | null } {
  if (caller?.role === 'NATIONAL_ADMIN') return { clause: `$${parameter}::uuid IS NULL`, value: null };
  if (caller?.role === 'EVALUATOR') {
    return {
      clause: `EXISTS (SELECT 1 FROM evaluation.assignments a WHERE a.lokus_id = l.id AND a.evaluator_id = $${parameter}::uuid)`,
      value: caller.userId,
    };
  }
  if (caller?.role === 'UNIT_DESK') return { clause: `l.service_unit_id = $${parameter}::uuid`, value: caller.serviceUnitId };
  // The public and other roles: lokus of published cycles only.
  return {
    clause: `EXISTS (SELECT 1 FROM evaluation.cycles pc WHERE pc.id = l.cycle_id AND pc.published_at IS NOT NULL AND $${parameter}::text IS NULL)`,
    value: null,
  };
}

/** A desk asks only about its own unit (others are not limited here): FORBIDDEN with `refusal`. */
export function requireOwnUnitIfDesk(caller: Caller, serviceUnitId: string, refusal: { en: string; id: string }): void {
  if (caller?.role === 'UNIT_DESK' && caller.serviceUnitId !== serviceUnitId) throw forbidden(refusal.en, refusal.id);
}

/**
 * Who may do what to a lokus: the admin everything; an evaluator only lokus assigned to them; a
 * desk only its own unit's lokus; the public only lokus of published cycles, read-only.
 */
@Injectable()
export class LokusAccess {
  constructor(private readonly dataSource: DataSource) {}

  async load(id: string): Promise<LokusRow> {
    if (!isUuid(id)) throw lokusNotFound();
    const lokus = await one<LokusRow>(this.dataSource, `SELECT ${LOKUS_COLUMNS} FROM evaluation.lokus l WHERE l.id = $1`, [id]);
    if (!lokus) throw lokusNotFound();
    return lokus;
  }

  async assignmentRole(lokusId: string, userId: string): Promise<AssignmentRole | null> {
    const row = await one<{ role: AssignmentRole }>(
      this.dataSource,
      `SELECT role FROM evaluation.assignments WHERE lokus_id = $1 AND evaluator_id = $2`,
      [lokusId, userId],
    );
    return row?.role ?? null;
  }

  async canRead(lokus: LokusRow, caller: Caller): Promise<boolean> {
    if (caller?.role === 'NATIONAL_ADMIN') return true;
    if (caller?.role === 'UNIT_DESK') return caller.serviceUnitId === lokus.serviceUnitId;
    if (caller?.role === 'EVALUATOR') return (await this.assignmentRole(lokus.id, caller.userId)) !== null;
    return false;
  }

  /** FORBIDDEN with `refusal` unless the caller `canRead` the lokus. */
  async requireReadable(lokus: LokusRow, caller: Caller, refusal: { en: string; id: string }): Promise<void> {
    if (!(await this.canRead(lokus, caller))) throw forbidden(refusal.en, refusal.id);
  }

  /**
   * Reading a lokus and its published figures: anyone once its cycle is published, otherwise
   * whoever `canRead` it; `refusal` says what was refused (the lokus, its report card).
   */
  async forReading(id: string, caller: Caller, refusal: { en: string; id: string }): Promise<LokusRow> {
    const lokus = await this.load(id);
    const cycle = await one<{ published: boolean }>(
      this.dataSource,
      `SELECT published_at IS NOT NULL AS published FROM evaluation.cycles WHERE id = $1`,
      [lokus.cycleId],
    );
    if (cycle?.published || (await this.canRead(lokus, caller))) return lokus;
    throw forbidden(refusal.en, refusal.id);
  }

  /** Signed-in access to the working data of a lokus (claims, scores, comments). */
  async forWork(id: string, caller: Caller): Promise<LokusRow> {
    requireSignedIn(caller);
    const lokus = await this.load(id);
    if (!(await this.canRead(lokus, caller))) throw forbidden('This lokus is not yours to see.', 'Lokus ini bukan wewenang Anda.');
    return lokus;
  }

  /** The unit's own desk (or the admin): F-01, evidence, appeals. */
  async forDesk(id: string, caller: Caller): Promise<LokusRow> {
    requireSignedIn(caller);
    const lokus = await this.load(id);
    if (caller.role === 'NATIONAL_ADMIN') return lokus;
    if (caller.role === 'UNIT_DESK' && caller.serviceUnitId === lokus.serviceUnitId) return lokus;
    throw forbidden("Only the unit's own desk may change its F-01.", 'Hanya petugas unit itu sendiri yang boleh mengubah F-01-nya.');
  }

  /** An evaluator assigned to the lokus in one of `roles` (or the admin). */
  async forEvaluator(id: string, caller: Caller, roles: readonly AssignmentRole[] = ['PRIMARY']): Promise<LokusRow> {
    requireSignedIn(caller);
    const lokus = await this.load(id);
    if (caller.role === 'NATIONAL_ADMIN') return lokus;
    if (caller.role === 'EVALUATOR') {
      const role = await this.assignmentRole(lokus.id, caller.userId);
      if (role && roles.includes(role)) return lokus;
      throw forbidden('You are not assigned to score this lokus.', 'Anda tidak ditugaskan menilai lokus ini.');
    }
    throw forbidden('Only the assigned evaluator may do this.', 'Hanya evaluator yang ditugaskan yang boleh melakukan ini.');
  }
}
