import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError, type SelectQueryBuilder } from 'typeorm';
import type { Caller } from '@simpul/contracts';
import {
  badUserInput,
  keysetConnection,
  notFound,
  optionalText,
  requireRole,
  runAsActor,
  SortDirection,
  validateFirst,
  type Connection,
  isUuid,
} from '@simpul/service-kit';
import { applyRegionFilter, applyTextSearch } from '../common/text-search';
import { EXTERNAL_ID_COLUMNS, EXTERNAL_ID_KEYS, EXTERNAL_SYSTEM_KEYS, type ExternalSystem } from './external-ids';
import { ServiceUnitSortField } from './service-unit-kind.enum';
import { ServiceUnit } from './service-unit.entity';
import type { CreateServiceUnitInput, ServiceUnitFilter, ServiceUnitSort, UpdateServiceUnitInput } from './service-unit.input';
import { fieldOfUniqueViolation, ID_PROPERTY, validateUnitInput, type UnitChanges } from './service-unit.validation';
import {
  ADMIN_ONLY_UNIT_FIELDS,
  archivedUnitsVisibleTo,
  assertCanEditUnit,
  assertMayChangeUnitFields,
  canSeeArchived,
  type AdminOnlyUnitField,
} from '../access/unit-access';

const SORT_COLUMNS: Record<ServiceUnitSortField, { expression: string; value: (unit: ServiceUnit) => string }> = {
  [ServiceUnitSortField.NAME]: { expression: 'unit.name', value: (unit) => unit.name },
  [ServiceUnitSortField.KIND]: { expression: 'unit.kind', value: (unit) => unit.kind },
  [ServiceUnitSortField.REGION]: { expression: 'unit.region_code', value: (unit) => unit.regionCode },
  [ServiceUnitSortField.CREATED_AT]: { expression: 'unit.created_at', value: (unit) => unit.createdAt.toISOString() },
};

/** The admin-only fields `input` would really change on `unit` (a value sent back unchanged is no change). */
export function adminOnlyChanges(unit: ServiceUnit, input: UpdateServiceUnitInput): AdminOnlyUnitField[] {
  const differs: Record<AdminOnlyUnitField, boolean> = {
    kind: input.kind != null && input.kind !== unit.kind,
    agencyId: input.agencyId != null && input.agencyId.toLowerCase() !== unit.agencyId,
    regionCode: input.regionCode != null && input.regionCode.trim() !== unit.regionCode,
    externalIds: EXTERNAL_ID_KEYS.some(
      (key) => input.externalIds?.[key] !== undefined && optionalText(input.externalIds[key]) !== unit[ID_PROPERTY[key]],
    ),
  };
  return ADMIN_ONLY_UNIT_FIELDS.filter((field) => differs[field]);
}

@Injectable()
export class ServiceUnitService {
  constructor(private readonly dataSource: DataSource) {}

  async list(
    first: number | undefined,
    after: string | undefined,
    filter: ServiceUnitFilter | undefined,
    sort: ServiceUnitSort | undefined,
    caller: Caller,
  ): Promise<Connection<ServiceUnit>> {
    const size = validateFirst(first);
    const build = () => this.filteredQuery(filter, caller);
    const column = SORT_COLUMNS[sort?.field ?? ServiceUnitSortField.NAME];
    return keysetConnection(build(), build(), {
      sortExpression: column.expression,
      idExpression: 'unit.id',
      direction: sort?.direction ?? SortDirection.ASC,
      first: size,
      after,
      sortValue: column.value,
      id: (unit) => unit.id,
    });
  }

  /** The units `filter` selects that `caller` may list (alias `unit`), unordered: the list and its export share it. */
  filteredQuery(filter: ServiceUnitFilter | undefined, caller: Caller): SelectQueryBuilder<ServiceUnit> {
    const query = this.dataSource.getRepository(ServiceUnit).createQueryBuilder('unit');
    const archived = archivedUnitsVisibleTo(caller, filter?.includeArchived);
    if (archived.kind === 'none') {
      query.andWhere('unit.archived_at IS NULL');
    } else if (archived.kind === 'own') {
      query.andWhere('(unit.archived_at IS NULL OR unit.id = :ownUnit)', { ownUnit: archived.unitId });
    }
    applyRegionFilter(query, 'unit.region_code', filter?.regionCode);
    if (filter?.kind) query.andWhere('unit.kind = :kind', { kind: filter.kind });
    if (filter?.serviceGroup) query.andWhere('unit.service_group = :group', { group: filter.serviceGroup });
    if (filter?.agencyId) {
      if (!isUuid(filter.agencyId)) query.andWhere('false');
      else query.andWhere('unit.agency_id = :agencyId', { agencyId: filter.agencyId });
    }
    applyTextSearch(query, 'unit.name', filter?.search, 'unit');
    return query;
  }

  /** A unit as `caller` may see it: archived units only for the admin and the unit's own desk. */
  async find(id: string, caller: Caller): Promise<ServiceUnit | null> {
    if (!isUuid(id)) return null;
    const unit = await this.dataSource.getRepository(ServiceUnit).findOneBy({ id });
    return unit && (!unit.archivedAt || canSeeArchived(caller, unit.id)) ? unit : null;
  }

  async findByExternalId(system: ExternalSystem, value: string, caller: Caller): Promise<ServiceUnit | null> {
    const column = EXTERNAL_ID_COLUMNS[EXTERNAL_SYSTEM_KEYS[system]];
    const unit = await this.dataSource
      .getRepository(ServiceUnit)
      .createQueryBuilder('unit')
      .where(`unit.${column} = :value`, { value: value.trim() })
      .getOne();
    return unit && (!unit.archivedAt || canSeeArchived(caller, unit.id)) ? unit : null;
  }

  async create(input: CreateServiceUnitInput, caller: Caller): Promise<ServiceUnit> {
    requireRole(caller, 'NATIONAL_ADMIN');
    const changes = await validateUnitInput(this.dataSource, input, null, null);
    const unit = this.dataSource.getRepository(ServiceUnit).create({
      id: randomUUID(),
      address: null,
      phone: null,
      email: null,
      website: null,
      sippnId: null,
      pekpppId: null,
      sp4nLaporId: null,
      sinovikId: null,
      archivedAt: null,
      ...changes,
    });
    return this.save(unit, caller);
  }

  async update(id: string, input: UpdateServiceUnitInput, caller: Caller): Promise<ServiceUnit> {
    const unit = await this.mustFind(id, caller);
    assertCanEditUnit(caller, unit.id);
    assertMayChangeUnitFields(caller, adminOnlyChanges(unit, input));
    const changes: UnitChanges = await validateUnitInput(this.dataSource, input, unit.id, unit.agencyId);
    Object.assign(unit, changes, { updatedAt: new Date() });
    return this.save(unit, caller);
  }

  async archive(id: string, caller: Caller): Promise<ServiceUnit> {
    requireRole(caller, 'NATIONAL_ADMIN');
    const unit = await this.mustFind(id, caller);
    if (!unit.archivedAt) {
      unit.archivedAt = new Date();
      unit.updatedAt = unit.archivedAt;
      await runAsActor(this.dataSource, caller, (manager) => manager.getRepository(ServiceUnit).save(unit));
    }
    return unit;
  }

  private async mustFind(id: string, caller: Caller): Promise<ServiceUnit> {
    const unit = await this.find(id, caller);
    if (!unit) throw notFound('There is no service unit with this id.', 'Unit pelayanan tidak ditemukan.', 'id');
    return unit;
  }

  private async save(unit: ServiceUnit, caller: Caller): Promise<ServiceUnit> {
    try {
      return await runAsActor(this.dataSource, caller, (manager) => manager.getRepository(ServiceUnit).save(unit));
    } catch (error) {
      const field = error instanceof QueryFailedError ? fieldOfUniqueViolation(error) : null;
      if (field)
        throw badUserInput(
          field,
          'Another service unit already has this external id.',
          'ID eksternal ini sudah dipakai unit pelayanan lain.',
        );
      throw error;
    }
  }
}
