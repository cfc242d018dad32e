import { conflict, one } from '@simpul/service-kit';
import type { EntityManager } from 'typeorm';
import { jakartaTime } from '../../cycles/jakarta-time';

/**
 * Refuses a change to the desk's F-01 (claims, evidence) while it is sent. Call inside the write's
 * transaction: the shared lock on the lokus row waits for a submit in flight (which holds it for
 * update), so no change slips in between the receipt and the lock.
 */
export async function requireF01Unlocked(manager: EntityManager, lokusId: string, field?: string): Promise<void> {
  await manager.query(`SELECT 1 FROM evaluation.lokus WHERE id = $1 FOR SHARE`, [lokusId]);
  const open = await one<{ submittedAt: Date; submittedByName: string | null }>(
    manager,
    `SELECT submitted_at AS "submittedAt", submitted_by_name AS "submittedByName" FROM evaluation.f01_submissions WHERE lokus_id = $1 AND reopened_at IS NULL`,
    [lokusId],
  );
  if (!open) return;
  throw conflict(
    `F-01 was sent on ${jakartaTime(open.submittedAt, 'en')} and is locked; ask the national admin to reopen it before changing it.`,
    `F-01 sudah dikirim pada ${jakartaTime(open.submittedAt, 'id')} dan terkunci; minta admin nasional membukanya kembali sebelum mengubahnya.`,
    field,
  );
}
