import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { rows, type SubgraphContext } from '@simpul/service-kit';
import { Agency } from './agency.entity';

// Asked for every page of units: a prepared statement, planned once per connection.
const AGENCIES_BY_ID = `SELECT id, name, type, region_code AS "regionCode", parent_id AS "parentId",
  archived_at AS "archivedAt", created_at AS "createdAt" FROM registry.agencies WHERE id = ANY($1::uuid[])`;

export function agencyLoader(context: SubgraphContext, dataSource: DataSource): DataLoader<string, Agency | null> {
  return context.loaders.get(
    'agency.byId',
    () =>
      new DataLoader<string, Agency | null>(async (ids) => {
        const found = await rows<Agency>(dataSource, AGENCIES_BY_ID, [[...ids]], { prepared: true });
        const byId = new Map(found.map((row) => [row.id, Object.assign(new Agency(), row)]));
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
