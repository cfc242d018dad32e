import type { EntityManager } from 'typeorm';

/** Called by the seed when it loads demo data: from then on the installation says it holds demo data. */
export async function markDemoData(manager: EntityManager): Promise<void> {
  await manager.query(
    `INSERT INTO registry.system_status (singleton, demo_data, demo_data_loaded_at) VALUES (true, true, now())
     ON CONFLICT (singleton) DO UPDATE SET demo_data = true, demo_data_loaded_at = COALESCE(registry.system_status.demo_data_loaded_at, now())`,
  );
}
