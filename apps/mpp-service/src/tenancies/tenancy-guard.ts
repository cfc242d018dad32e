import type { EntityManager } from 'typeorm';
import { notFound, type SubgraphContext, conflict, requireUuid } from '@simpul/service-kit';
import { requireMallManager } from '../access/mpp-access';
import { TenancyStep } from './tenancy-step.enum';
import type { Tenancy } from './tenancy.model';

export const TENANCY_COLUMNS = `t.id, t.mall_id AS "mallId", t.agency_id AS "agencyId", t.step, t.resume_step AS "resumeStep",
  t.invited_at AS "invitedAt", t.live_since AS "liveSince", t.left_at AS "leftAt"`;

/**
 * Locks a tenancy row for the rest of the transaction (so two operators acting at once are
 * serialised; NO KEY UPDATE still lets other requests insert rows that merely reference it),
 * checks that the caller manages its mall and that the tenancy has not left.
 */
export async function lockTenancyForChange(
  manager: EntityManager,
  context: SubgraphContext,
  id: string,
  field = 'tenancyId',
): Promise<Tenancy> {
  requireUuid(id, field);
  const [tenancy]: Tenancy[] = await manager.query(`SELECT ${TENANCY_COLUMNS} FROM mpp.tenancies t WHERE t.id = $1 FOR NO KEY UPDATE`, [
    id,
  ]);
  if (!tenancy) throw notFound('No tenancy has this id.', 'Tenant dengan ID ini tidak ditemukan.', field);
  requireMallManager(context.caller, tenancy.mallId);
  if (tenancy.step === TenancyStep.LEFT) {
    throw conflict(
      'This agency has left the mall; invite it again to start a new tenancy.',
      'Instansi ini sudah keluar dari MPP; undang kembali untuk memulai keikutsertaan baru.',
      field,
    );
  }
  return tenancy;
}

/** Appends one line to the tenancy's history, naming who acted. */
export async function recordStep(
  manager: EntityManager,
  context: SubgraphContext,
  at: Date,
  tenancyId: string,
  step: TenancyStep,
  checklist: { code: string; label: string; done: boolean }[],
  note: string | null,
): Promise<void> {
  await manager.query(
    `INSERT INTO mpp.tenancy_steps (tenancy_id, step, checklist, note, completed_by, completed_by_name, completed_at) VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7)`,
    [tenancyId, step, JSON.stringify(checklist), note, context.caller?.userId ?? null, context.caller?.displayName ?? null, at],
  );
}

/** The agreement in force on `date`, if any (the latest-expiring one when several overlap). */
export async function agreementInForce(
  manager: EntityManager,
  tenancyId: string,
  date: string,
): Promise<{ id: string; expiresOn: string } | null> {
  const [row]: { id: string; expiresOn: string }[] = await manager.query(
    `SELECT id, expires_on AS "expiresOn" FROM mpp.agreements WHERE tenancy_id = $1 AND starts_on <= $2::date AND expires_on >= $2::date
     ORDER BY expires_on DESC LIMIT 1`,
    [tenancyId, date],
  );
  return row ?? null;
}
