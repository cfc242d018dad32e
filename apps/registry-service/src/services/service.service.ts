import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { Caller } from '@simpul/contracts';
import {
  badUserInput,
  keysetConnection,
  notFound,
  optionalText,
  runAsActor,
  SortDirection,
  validateFirst,
  type Connection,
  isUuid,
} from '@simpul/service-kit';
import { applyTextSearch } from '../common/text-search';
import { requiredName } from '../common/fields';
import { ServiceUnit } from '../units/service-unit.entity';
import { archivedUnitsVisibleTo, assertCanEditUnit, canSeeArchived } from '../access/unit-access';
import { Service } from './service.entity';
import { ServiceSortField, type CreateServiceInput, type ServiceFilter, type ServiceSort, type UpdateServiceInput } from './service.input';
import { applyStandardInput } from './standard/apply-standard';
import { completenessOf } from './standard/completeness';

const SORT_COLUMNS: Record<ServiceSortField, { expression: string; value: (service: Service) => string }> = {
  [ServiceSortField.NAME]: { expression: 'service.name', value: (service) => service.name },
  [ServiceSortField.CREATED_AT]: { expression: 'service.created_at', value: (service) => service.createdAt.toISOString() },
};

function isDuplicateName(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { constraint?: string })?.constraint === 'services_unit_name_key';
}

@Injectable()
export class ServiceService {
  constructor(private readonly dataSource: DataSource) {}

  async list(
    first: number | undefined,
    after: string | undefined,
    filter: ServiceFilter | undefined,
    sort: ServiceSort | undefined,
    caller: Caller,
  ): Promise<Connection<Service>> {
    const size = validateFirst(first);
    const build = () => this.filteredQuery(filter, caller);
    const column = SORT_COLUMNS[sort?.field ?? ServiceSortField.NAME];
    return keysetConnection(build(), build(), {
      sortExpression: column.expression,
      idExpression: 'service.id',
      direction: sort?.direction ?? SortDirection.ASC,
      first: size,
      after,
      sortValue: column.value,
      id: (service) => service.id,
    });
  }

  /** The services `filter` selects that `caller` may list (alias `service`, joined to `unit`), unordered: the list and its export share it. */
  filteredQuery(filter: ServiceFilter | undefined, caller: Caller): SelectQueryBuilder<Service> {
    const query = this.dataSource
      .getRepository(Service)
      .createQueryBuilder('service')
      .innerJoin(ServiceUnit, 'unit', 'unit.id = service.service_unit_id');
    const visible = '(service.archived_at IS NULL AND unit.archived_at IS NULL)';
    const archived = archivedUnitsVisibleTo(caller, filter?.includeArchived);
    if (archived.kind === 'none') {
      query.andWhere(visible);
    } else if (archived.kind === 'own') {
      query.andWhere(`(${visible} OR unit.id = :ownUnit)`, { ownUnit: archived.unitId });
    }
    for (const [key, column] of [
      ['serviceUnitId', 'service.service_unit_id'],
      ['agencyId', 'unit.agency_id'],
    ] as const) {
      const value = filter?.[key];
      if (value === undefined || value === null) continue;
      if (!isUuid(value)) query.andWhere('false');
      else query.andWhere(`${column} = :${key}`, { [key]: value });
    }
    if (filter?.incomplete === true) query.andWhere('service.complete = false');
    if (filter?.incomplete === false) query.andWhere('service.complete = true');
    applyTextSearch(query, 'service.name', filter?.search, 'service');
    return query;
  }

  /** A service as `caller` may see it: archived ones (or in archived units) only for its editors. */
  async find(id: string, caller: Caller): Promise<Service | null> {
    if (!isUuid(id)) return null;
    const service = await this.dataSource.getRepository(Service).findOneBy({ id });
    if (!service) return null;
    if (canSeeArchived(caller, service.serviceUnitId)) return service;
    if (service.archivedAt) return null;
    const unit = await this.dataSource.getRepository(ServiceUnit).findOneBy({ id: service.serviceUnitId });
    return unit && !unit.archivedAt ? service : null;
  }

  async create(input: CreateServiceInput, caller: Caller): Promise<Service> {
    const unit = await this.editableUnit(input.serviceUnitId, caller, 'input.serviceUnitId');
    const standard = applyStandardInput({}, input.standard, 'input.standard');
    const service = this.dataSource.getRepository(Service).create({
      id: randomUUID(),
      serviceUnitId: unit.id,
      name: requiredName(input.name, 'input.name'),
      description: optionalText(input.description),
      standard,
      complete: completenessOf(standard).complete,
      archivedAt: null,
    });
    return this.save(service, caller);
  }

  async update(id: string, input: UpdateServiceInput, caller: Caller): Promise<Service> {
    const service = await this.mustFind(id, caller);
    assertCanEditUnit(caller, service.serviceUnitId);
    if (input.name !== undefined) service.name = requiredName(input.name, 'input.name');
    if (input.description !== undefined) service.description = optionalText(input.description);
    if (input.standard) service.standard = applyStandardInput(service.standard, input.standard, 'input.standard');
    service.complete = completenessOf(service.standard).complete;
    service.updatedAt = new Date();
    return this.save(service, caller);
  }

  async archive(id: string, caller: Caller): Promise<Service> {
    const service = await this.mustFind(id, caller);
    assertCanEditUnit(caller, service.serviceUnitId);
    if (!service.archivedAt) {
      service.archivedAt = new Date();
      service.updatedAt = service.archivedAt;
      await runAsActor(this.dataSource, caller, (manager) => manager.getRepository(Service).save(service));
    }
    return service;
  }

  /** The unit a caller is about to write services into: it must exist and be theirs. */
  async editableUnit(
    unitId: string,
    caller: Caller,
    field: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ServiceUnit> {
    const unit = isUuid(unitId) ? await manager.getRepository(ServiceUnit).findOneBy({ id: unitId }) : null;
    if (!unit || (unit.archivedAt && !canSeeArchived(caller, unit.id))) {
      throw notFound('There is no service unit with this id.', 'Unit pelayanan tidak ditemukan.', field);
    }
    assertCanEditUnit(caller, unit.id);
    return unit;
  }

  private async mustFind(id: string, caller: Caller): Promise<Service> {
    const service = await this.find(id, caller);
    if (!service) throw notFound('There is no service with this id.', 'Layanan tidak ditemukan.', 'id');
    return service;
  }

  private async save(service: Service, caller: Caller): Promise<Service> {
    try {
      return await runAsActor(this.dataSource, caller, (manager) => manager.getRepository(Service).save(service));
    } catch (error) {
      if (isDuplicateName(error)) {
        throw badUserInput(
          'input.name',
          'This unit already has a service with this name.',
          'Unit ini sudah memiliki layanan dengan nama ini.',
        );
      }
      throw error;
    }
  }
}
