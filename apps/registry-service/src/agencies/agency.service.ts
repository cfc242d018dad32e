import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { Caller } from '@simpul/contracts';
import {
  keysetConnection,
  notFound,
  requireRole,
  runAsActor,
  SimpulError,
  SortDirection,
  validateFirst,
  type Connection,
  isUuid,
} from '@simpul/service-kit';
import { canSeeArchivedAgencies } from '../access/agency-access';
import { applyRegionFilter, applyTextSearch } from '../common/text-search';
import { Agency } from './agency.entity';
import { AgencySortField } from './agency-type.enum';
import type { AgencyFilter, AgencyInput, AgencySort } from './agency-query.input';
import { validateAgencyInput } from './agency.validation';

const SORT_COLUMNS: Record<AgencySortField, { expression: string; value: (agency: Agency) => string }> = {
  [AgencySortField.NAME]: { expression: 'agency.name', value: (agency) => agency.name },
  [AgencySortField.TYPE]: { expression: 'agency.type', value: (agency) => agency.type },
};

@Injectable()
export class AgencyService {
  constructor(private readonly dataSource: DataSource) {}

  async list(
    first: number | undefined,
    after: string | undefined,
    filter: AgencyFilter | undefined,
    sort: AgencySort | undefined,
    caller: Caller,
  ): Promise<Connection<Agency>> {
    const size = validateFirst(first);
    const build = () => this.filteredQuery(filter, caller);
    const column = SORT_COLUMNS[sort?.field ?? AgencySortField.NAME];
    return keysetConnection(build(), build(), {
      sortExpression: column.expression,
      idExpression: 'agency.id',
      direction: sort?.direction ?? SortDirection.ASC,
      first: size,
      after,
      sortValue: column.value,
      id: (agency) => agency.id,
    });
  }

  /** The agencies `filter` selects that `caller` may list (alias `agency`), unordered: the list and its export share it. */
  filteredQuery(filter: AgencyFilter | undefined, caller: Caller): SelectQueryBuilder<Agency> {
    const query = this.dataSource.getRepository(Agency).createQueryBuilder('agency');
    if (!filter?.includeArchived || !canSeeArchivedAgencies(caller)) query.andWhere('agency.archived_at IS NULL');
    applyRegionFilter(query, 'agency.region_code', filter?.regionCode);
    if (filter?.type) query.andWhere('agency.type = :type', { type: filter.type });
    if (filter?.parentId) query.andWhere('agency.parent_id = :parentId', { parentId: filter.parentId });
    applyTextSearch(query, 'agency.name', filter?.search, 'agency');
    return query;
  }

  find(id: string): Promise<Agency | null> {
    return this.dataSource.getRepository(Agency).findOneBy({ id });
  }

  async create(input: AgencyInput, caller: Caller): Promise<Agency> {
    requireRole(caller, 'NATIONAL_ADMIN');
    return runAsActor(this.dataSource, caller, async (manager) => {
      const values = await validateAgencyInput(manager, input, null);
      return manager.getRepository(Agency).save(manager.getRepository(Agency).create({ id: randomUUID(), ...values, archivedAt: null }));
    });
  }

  async update(id: string, input: AgencyInput, caller: Caller): Promise<Agency> {
    requireRole(caller, 'NATIONAL_ADMIN');
    return runAsActor(this.dataSource, caller, async (manager) => {
      const agency = await this.lock(manager, id);
      Object.assign(agency, await validateAgencyInput(manager, input, agency.id));
      return manager.getRepository(Agency).save(agency);
    });
  }

  /** Archives an agency that no longer runs any active unit; with active units it is a CONFLICT saying how many. */
  async archive(id: string, caller: Caller): Promise<Agency> {
    requireRole(caller, 'NATIONAL_ADMIN');
    return runAsActor(this.dataSource, caller, async (manager) => {
      const agency = await this.lock(manager, id);
      if (agency.archivedAt) return agency;
      const [{ count }]: { count: number }[] = await manager.query(
        `SELECT count(*)::int AS count FROM registry.service_units WHERE agency_id = $1 AND archived_at IS NULL`,
        [agency.id],
      );
      if (count > 0) {
        throw new SimpulError(
          'CONFLICT',
          {
            en: `This agency still has ${count} active service unit${count === 1 ? '' : 's'}; archive or move them first.`,
            id: `Instansi ini masih memiliki ${count} unit pelayanan aktif; arsipkan atau pindahkan unit tersebut terlebih dahulu.`,
          },
          'id',
        );
      }
      agency.archivedAt = new Date();
      return manager.getRepository(Agency).save(agency);
    });
  }

  /** The agency row, locked for this transaction (a concurrent edit waits rather than overwrites). */
  private async lock(manager: EntityManager, id: string): Promise<Agency> {
    const agency = isUuid(id)
      ? await manager
          .getRepository(Agency)
          .createQueryBuilder('agency')
          .where('agency.id = :id', { id })
          .setLock('pessimistic_write')
          .getOne()
      : null;
    if (!agency) throw notFound('There is no agency with this id.', 'Instansi tidak ditemukan.', 'id');
    return agency;
  }
}
