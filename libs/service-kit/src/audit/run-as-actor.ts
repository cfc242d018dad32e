import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '@simpul/contracts';

/**
 * Runs `work` in one transaction whose audit triggers know who acted: the caller is written to
 * transaction-local settings (`simpul.actor_id`, `simpul.actor_name`) that the triggers read, so
 * the audit row is part of the same transaction as the change and no write path can forget it.
 */
export async function runAsActor<T>(dataSource: DataSource, caller: Caller, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction(async (manager) => {
    await manager.query(`SELECT set_config('simpul.actor_id', $1, true), set_config('simpul.actor_name', $2, true)`, [
      caller?.userId ?? '',
      caller?.displayName ?? '',
    ]);
    return work(manager);
  });
}
