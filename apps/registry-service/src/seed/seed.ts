import { DataSource, type DataSourceOptions, type EntityManager } from 'typeorm';
import { hashPassword } from '@simpul/service-kit';
import { completenessOf } from '../services/standard/completeness';
import { markDemoData } from '../system/mark-demo-data';
import { buildDemoData, DEMO_PASSWORD, type DemoData } from './demo-data';
import { readReferenceRegions } from './reference-regions';

export interface SeedCounts {
  regions: number;
  agencies: number;
  units: number;
  services: number;
  users: number;
}

/**
 * Inserts `rows` that are not there yet (by primary key or any unique key) in one statement and
 * returns how many were new. Existing rows are never updated: what users changed survives.
 */
async function insertMissing(manager: EntityManager, table: string, columns: Record<string, string>, rows: object[]): Promise<number> {
  if (!rows.length) return 0;
  const names = Object.keys(columns);
  const definition = names.map((name) => `"${name}" ${columns[name]}`).join(', ');
  const list = names.map((name) => `"${name}"`).join(', ');
  const inserted: unknown[] = await manager.query(
    `INSERT INTO registry.${table} (${list})
     SELECT ${list} FROM jsonb_to_recordset($1::jsonb) AS source(${definition})
     ON CONFLICT DO NOTHING RETURNING 1`,
    [JSON.stringify(rows)],
  );
  return inserted.length;
}

/**
 * Loads reference regions and, unless `demo` is false, the demo data; idempotent
 * (insert-if-missing by stable ids).
 */
export async function seedRegistry(options: DataSourceOptions, { demo = true }: { demo?: boolean } = {}): Promise<SeedCounts> {
  const dataSource = new DataSource(options);
  await dataSource.initialize();
  try {
    const regions = readReferenceRegions();
    const demoData: DemoData = demo ? buildDemoData(regions) : { agencies: [], units: [], services: [], users: [] };
    const existingUsers = new Set(
      (
        await dataSource.query<{ id: string }[]>('SELECT id FROM registry.users WHERE id = ANY($1::uuid[])', [
          demoData.users.map((user) => user.id),
        ])
      ).map((row) => row.id),
    );
    const newUsers = await Promise.all(
      demoData.users
        .filter((user) => !existingUsers.has(user.id))
        .map(async (user) => ({ ...user, passwordHash: await hashPassword(DEMO_PASSWORD) })),
    );
    return await dataSource.transaction(async (manager) => {
      // The portal's "Data contoh" banner: stored with the demo rows, in the same transaction.
      if (demo) await markDemoData(manager);
      return {
        regions: await insertMissing(
          manager,
          'regions',
          { code: 'varchar', name: 'text', level: 'text', regency_kind: 'text', parent_code: 'varchar', province_code: 'varchar' },
          regions.map((region) => ({
            code: region.code,
            name: region.name,
            level: region.level,
            regency_kind: region.regencyKind,
            parent_code: region.parentCode,
            province_code: region.provinceCode,
          })),
        ),
        agencies: await insertMissing(
          manager,
          'agencies',
          { id: 'uuid', name: 'text', type: 'text', region_code: 'varchar', parent_id: 'uuid' },
          demoData.agencies.map((agency) => ({
            id: agency.id,
            name: agency.name,
            type: agency.type,
            region_code: agency.regionCode,
            parent_id: agency.parentId,
          })),
        ),
        units: await insertMissing(
          manager,
          'service_units',
          {
            id: 'uuid',
            name: 'text',
            kind: 'text',
            service_group: 'text',
            agency_id: 'uuid',
            region_code: 'varchar',
            address: 'text',
            phone: 'text',
            email: 'text',
            website: 'text',
            sippn_id: 'text',
            pekppp_id: 'text',
            sp4n_lapor_id: 'text',
            sinovik_id: 'text',
          },
          demoData.units.map((unit) => ({
            id: unit.id,
            name: unit.name,
            kind: unit.kind,
            service_group: unit.serviceGroup,
            agency_id: unit.agencyId,
            region_code: unit.regionCode,
            address: unit.address,
            phone: unit.phone,
            email: unit.email,
            website: unit.website,
            sippn_id: unit.externalIds.sippn,
            pekppp_id: unit.externalIds.pekppp,
            sp4n_lapor_id: unit.externalIds.sp4nLapor,
            sinovik_id: unit.externalIds.sinovik,
          })),
        ),
        services: await insertMissing(
          manager,
          'services',
          { id: 'uuid', service_unit_id: 'uuid', name: 'text', description: 'text', standard: 'jsonb', complete: 'boolean' },
          demoData.services.map((service) => ({
            id: service.id,
            service_unit_id: service.serviceUnitId,
            name: service.name,
            description: service.description,
            standard: service.standard,
            complete: completenessOf(service.standard).complete,
          })),
        ),
        users: await insertMissing(
          manager,
          'users',
          {
            id: 'uuid',
            email: 'text',
            display_name: 'text',
            role: 'text',
            service_unit_id: 'uuid',
            mall_id: 'uuid',
            password_hash: 'text',
          },
          newUsers.map((user) => ({
            id: user.id,
            email: user.email,
            display_name: user.displayName,
            role: user.role,
            service_unit_id: user.serviceUnitId,
            mall_id: user.mallId,
            password_hash: user.passwordHash,
          })),
        ),
      };
    });
  } finally {
    await dataSource.destroy();
  }
}
