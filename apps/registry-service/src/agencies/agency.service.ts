import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { keysetConnection, SortDirection, validateFirst, type Connection } from '@simpul/service-kit';
import { applyRegionFilter, applyTextSearch } from '../common/text-search';
import { Agency } from './agency.entity';
import { AgencySortField } from './agency-type.enum';
import type { AgencyFilter, AgencySort } from './agency-query.input';

const SORT_COLUMNS: Record<AgencySortField, { expression: string; value: (agency: Agency) => string }> = {
  [AgencySortField.NAME]: { expression: 'agency.name', value: (agency) => agency.name },
  [AgencySortField.TYPE]: { expression: 'agency.type', value: (agency) => agency.type },
};

@Injectable()
export class AgencyService {
  constructor(private readonly dataSource: DataSource) {}

  async list(first: number | undefined, after: string | undefined, filter: AgencyFilter | undefined, sort: AgencySort | undefined): Promise<Connection<Agency>> {
    const size = validateFirst(first);
    const build = () => {
      const query = this.dataSource.getRepository(Agency).createQueryBuilder('agency');
      applyRegionFilter(query, 'agency.region_code', filter?.regionCode);
      if (filter?.type) query.andWhere('agency.type = :type', { type: filter.type });
      if (filter?.parentId) query.andWhere('agency.parent_id = :parentId', { parentId: filter.parentId });
      applyTextSearch(query, 'agency.name', filter?.search, 'agency');
      return query;
    };
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

  find(id: string): Promise<Agency | null> {
    return this.dataSource.getRepository(Agency).findOneBy({ id });
  }
}
