import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor, rows as sqlRows, type Connection, type SubgraphContext } from '@simpul/service-kit';
import { completenessOf } from './standard/completeness';
import { Service } from './service.entity';
import type { StoredStandard } from './standard/standard-component';
import { standardOutline } from './standard/standard-outline';

interface ServiceRow {
  id: string;
  service_unit_id: string;
  name: string;
  description: string | null;
  standard: StoredStandard;
  complete: boolean;
  archived_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export function serviceFromRow(row: ServiceRow): Service {
  return Object.assign(new Service(), {
    id: row.id,
    serviceUnitId: row.service_unit_id,
    name: row.name,
    description: row.description,
    standard: row.standard ?? {},
    complete: row.complete ?? completenessOf(row.standard ?? {}).complete,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

/**
 * A service as a unit's list reads it: without its Standar Pelayanan, whose outline (which
 * components are filled and published, kept beside it by a trigger) is all its completeness needs;
 * the `standard` field loads the whole standard when a query asks for it.
 */
export type ListedService = Omit<Service, 'standard'> & { standard: null; outline: StoredStandard };

type ListedRow = Omit<ServiceRow, 'standard'> & { filled_components: string; published_components: string; unit_total: string };

// Component codes joined by commas: splitting is native, parsing a text[] in JavaScript cost 5% of a page.
const listOf = (joined: string): string[] => (joined === '' ? [] : joined.split(','));

function listedFromRow(row: ListedRow): ListedService {
  return {
    id: row.id,
    serviceUnitId: row.service_unit_id,
    name: row.name,
    description: row.description,
    standard: null,
    outline: standardOutline(listOf(row.filled_components), listOf(row.published_components)),
    complete: row.complete,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * `unit.services(first, after)` for a whole page of units: one window query that keeps the first
 * `first + 1` services per unit and counts each unit's services, as a prepared statement (the unit
 * list asks it on every page). After a cursor the count cannot come from the same rows, so a second,
 * grouped count runs beside it.
 */
export function unitServicesLoader(
  context: SubgraphContext,
  dataSource: DataSource,
  first: number,
  after: string | null,
): DataLoader<string, Connection<ListedService>> {
  return context.loaders.get(
    `unit.services:${first}:${after ?? ''}`,
    () =>
      new DataLoader<string, Connection<ListedService>>(async (unitIds) => {
        const params: unknown[] = [[...unitIds], first + 1];
        let keyset = '';
        if (after) {
          const [name, id] = decodeCursor(after);
          params.push(String(name), id);
          keyset = 'AND (s.name, s.id) > ($3, $4::uuid)';
        }
        const [rows, counts] = await Promise.all([
          sqlRows<ListedRow>(
            dataSource,
            `SELECT * FROM (
             SELECT s.id, s.service_unit_id, s.name, s.description, s.complete, s.archived_at, s.created_at, s.updated_at,
                    array_to_string(s.filled_components, ',') AS filled_components, array_to_string(s.published_components, ',') AS published_components,
                    row_number() OVER (PARTITION BY s.service_unit_id ORDER BY s.name, s.id) AS position,
                    count(*) OVER (PARTITION BY s.service_unit_id) AS unit_total
               FROM registry.services s
              WHERE s.service_unit_id = ANY($1::uuid[]) AND s.archived_at IS NULL ${keyset}
           ) page WHERE page.position <= $2 ORDER BY page.service_unit_id, page.position`,
            params,
            { prepared: true },
          ),
          after
            ? sqlRows<{ service_unit_id: string; count: string }>(
                dataSource,
                `SELECT service_unit_id, count(*) AS count FROM registry.services
                WHERE service_unit_id = ANY($1::uuid[]) AND archived_at IS NULL GROUP BY service_unit_id`,
                [[...unitIds]],
                { prepared: true },
              )
            : null,
        ]);
        const totals = new Map(
          counts
            ? counts.map((row) => [row.service_unit_id, Number(row.count)])
            : rows.map((row) => [row.service_unit_id, Number(row.unit_total)]),
        );
        const byUnit = new Map<string, ListedService[]>();
        for (const row of rows) {
          const list = byUnit.get(row.service_unit_id) ?? [];
          list.push(listedFromRow(row));
          byUnit.set(row.service_unit_id, list);
        }
        return unitIds.map((unitId) => {
          const services = byUnit.get(unitId) ?? [];
          const page = services.slice(0, first);
          const edges = page.map((node) => ({ cursor: encodeCursor(node.name, node.id), node }));
          return {
            totalCount: totals.get(unitId) ?? 0,
            edges,
            pageInfo: {
              hasNextPage: services.length > first,
              hasPreviousPage: Boolean(after),
              startCursor: edges[0]?.cursor ?? null,
              endCursor: edges.at(-1)?.cursor ?? null,
            },
          };
        });
      }),
  );
}

export function serviceLoader(context: SubgraphContext, dataSource: DataSource): DataLoader<string, Service | null> {
  return context.loaders.get(
    'service.byId',
    () =>
      new DataLoader<string, Service | null>(async (ids) => {
        const rows: ServiceRow[] = await dataSource.query(`SELECT * FROM registry.services WHERE id = ANY($1::uuid[])`, [[...ids]]);
        const byId = new Map(rows.map((row) => [row.id, serviceFromRow(row)]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
  );
}
