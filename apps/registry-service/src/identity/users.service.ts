import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { keysetConnection, SortDirection, validateFirst, type Connection, type SubgraphContext, isUuid } from '@simpul/service-kit';
import { userScopeOf, type UserScope } from '../access/user-access';
import { MALL_DIRECTORY, type MallDirectory } from './mall-directory';
import type { UserFilter } from './user.input';
import { User } from './user.entity';

function escapeLike(word: string): string {
  return word.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** Reading accounts, limited to what the caller may see (access/user-access.ts). */
@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(MALL_DIRECTORY) private readonly malls: MallDirectory,
  ) {}

  /** The caller's scope and, for an operator, its mall's tenant agencies (asked of the MPP service once per request). */
  async scopeOf(context: SubgraphContext): Promise<{ scope: UserScope; tenants: Set<string> }> {
    const scope = userScopeOf(context.caller);
    if (scope.kind === 'all') return { scope, tenants: new Set() };
    const tenants = await context.loaders.get(`identity:tenants:${scope.mallId}`, () =>
      this.malls.tenantAgencies(scope.mallId, { caller: context.caller, requestId: context.requestId }),
    );
    return { scope, tenants };
  }

  private visible(scope: UserScope, tenants: Set<string>): SelectQueryBuilder<User> {
    const query = this.dataSource.getRepository(User).createQueryBuilder('account');
    if (scope.kind === 'mall') {
      query.andWhere(
        `((account.role = 'MPP_OPERATOR' AND account.mall_id = :scopeMall)
          OR (account.role = 'UNIT_DESK' AND account.service_unit_id IN (SELECT su.id FROM registry.service_units su WHERE su.agency_id = ANY(CAST(:tenants AS uuid[])))))`,
        { scopeMall: scope.mallId, tenants: [...tenants] },
      );
    }
    return query;
  }

  async list(
    context: SubgraphContext,
    first: number | undefined,
    after: string | undefined,
    filter: UserFilter | undefined,
  ): Promise<Connection<User>> {
    const size = validateFirst(first);
    const { scope, tenants } = await this.scopeOf(context);
    const build = () => {
      const query = this.visible(scope, tenants);
      const words = (filter?.text ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 8);
      words.forEach((word, index) => {
        query.andWhere(
          `registry.search_key(account.display_name || ' ' || account.email) LIKE '%' || registry.search_key(:word${index}) || '%'`,
          { [`word${index}`]: escapeLike(word) },
        );
      });
      if (filter?.role) query.andWhere('account.role = :role', { role: filter.role });
      if (filter?.status) query.andWhere('account.status = :status', { status: filter.status });
      if (filter?.serviceUnitId) {
        if (isUuid(filter.serviceUnitId)) query.andWhere('account.service_unit_id = :unitId', { unitId: filter.serviceUnitId });
        else query.andWhere('false');
      }
      if (filter?.mallId) {
        if (isUuid(filter.mallId)) query.andWhere('account.mall_id = :mallId', { mallId: filter.mallId });
        else query.andWhere('false');
      }
      return query;
    };
    return keysetConnection(build(), build(), {
      sortExpression: 'account.display_name',
      idExpression: 'account.id',
      direction: SortDirection.ASC,
      first: size,
      after,
      sortValue: (user) => user.displayName,
      id: (user) => user.id,
    });
  }

  /** One account if the caller may see it, else null. */
  async find(context: SubgraphContext, id: string): Promise<User | null> {
    if (!isUuid(id)) return null;
    const { scope, tenants } = await this.scopeOf(context);
    return this.visible(scope, tenants).andWhere('account.id = :id', { id }).getOne();
  }
}
