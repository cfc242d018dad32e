import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { SubgraphContext } from '@simpul/service-kit';
import { Agency } from './agency.entity';

export function agencyLoader(context: SubgraphContext, dataSource: DataSource): DataLoader<string, Agency | null> {
  return context.loaders.get(
    'agency.byId',
    () =>
      new DataLoader<string, Agency | null>(async (ids) => {
        const rows = await dataSource.getRepository(Agency).findBy({ id: In([...ids]) });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
  );
}

/** Non-archived service units per agency, counted in SQL for a whole page of agencies at once. */
export function agencyUnitCountLoader(context: SubgraphContext, dataSource: DataSource): DataLoader<string, number> {
  return context.loaders.get(
    'agency.unitCount',
    () =>
      new DataLoader<string, number>(async (ids) => {
        const rows: { agency_id: string; count: string }[] = await dataSource.query(
          `SELECT agency_id, count(*) AS count FROM registry.service_units
          WHERE agency_id = ANY($1::uuid[]) AND archived_at IS NULL GROUP BY agency_id`,
          [[...ids]],
        );
        const counts = new Map(rows.map((row) => [row.agency_id, Number(row.count)]));
        return ids.map((id) => counts.get(id) ?? 0);
      }),
  );
}
