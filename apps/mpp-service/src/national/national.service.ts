import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { keysetPage, mapConnection, rows, validateFirst, type Connection } from '@simpul/service-kit';
import { regionRef } from '../federation/registry-refs';
import { MALL_COLUMNS } from '../malls/mall.service';
import type { Mall } from '../malls/mall.model';
import { MallsOpenedInYear, MallTenantCount, NationalMallOverview, ProvinceMallCount, PublishedMallCount } from './national.model';

/** The admins' national view; each figure one SQL aggregate. */
@Injectable()
export class NationalService {
  constructor(private readonly dataSource: DataSource) {}

  async overview(): Promise<NationalMallOverview> {
    // A PROPOSED mall's opening date is the planned one: it is not counted as opened until it opens.
    const [byProvince, publishedCounts, openedByYear] = await Promise.all([
      rows<Omit<ProvinceMallCount, 'province'>>(
        this.dataSource,
        `SELECT province_code AS "provinceCode",
                count(*) FILTER (WHERE status = 'ACTIVE')::int AS active, count(*) FILTER (WHERE status = 'PROPOSED')::int AS proposed,
                count(*) FILTER (WHERE status = 'SUSPENDED')::int AS suspended, count(*) FILTER (WHERE status = 'CLOSED')::int AS closed, count(*)::int AS total
         FROM mpp.malls GROUP BY province_code ORDER BY active DESC, province_code`,
      ),
      rows<PublishedMallCount>(this.dataSource, `SELECT as_of AS "asOf", count, source FROM mpp.published_mall_counts ORDER BY as_of`),
      rows<MallsOpenedInYear>(
        this.dataSource,
        `SELECT year::int, opened::int, (sum(opened) OVER (ORDER BY year))::int AS cumulative
         FROM (SELECT extract(year FROM opened_on) AS year, count(*) AS opened FROM mpp.malls WHERE opened_on IS NOT NULL AND status <> 'PROPOSED' GROUP BY 1) y ORDER BY year`,
      ),
    ]);
    return {
      active: byProvince.reduce((sum, row) => sum + row.active, 0),
      proposed: byProvince.reduce((sum, row) => sum + row.proposed, 0),
      byProvince: byProvince.map((row) => ({ ...row, province: regionRef(row.provinceCode) })),
      publishedCounts,
      openedByYear,
    };
  }

  /**
   * Every mall with its tenant, service and desk counts, most live services first; one page, two statements.
   * The public (anyone but a national admin) sees what `mall(id)` shows it: ACTIVE malls, and as tenants
   * only the LIVE ones (a tenant still onboarding is not public).
   */
  async malls(
    first: number | null | undefined,
    after: string | null | undefined,
    scope: 'all' | 'public' = 'all',
  ): Promise<Connection<MallTenantCount>> {
    const tenantStep = scope === 'all' ? `t.step <> 'LEFT'` : `t.step = 'LIVE'`;
    const connection = await keysetPage<Mall & { tenants: number; liveTenants: number; liveServices: number; desks: number }>(
      this.dataSource,
      {
        columns: 'x.*',
        from: `(SELECT ${MALL_COLUMNS},
                (SELECT count(*)::int FROM mpp.tenancies t WHERE t.mall_id = m.id AND ${tenantStep}) AS tenants,
                (SELECT count(*)::int FROM mpp.tenancies t WHERE t.mall_id = m.id AND t.step = 'LIVE') AS "liveTenants",
                (SELECT count(*)::int FROM mpp.tenancy_services s JOIN mpp.tenancies t ON t.id = s.tenancy_id
                  WHERE t.mall_id = m.id AND t.step = 'LIVE' AND s.status = 'LIVE') AS "liveServices",
                (SELECT count(*)::int FROM mpp.desks k WHERE k.mall_id = m.id) AS desks
              FROM mpp.malls m) x`,
        where: scope === 'all' ? 'TRUE' : `x.status = 'ACTIVE'`,
        params: [],
        keys: [
          { sql: '-x."liveServices"', type: 'int' },
          { sql: 'x.name COLLATE "C"', type: 'text' },
          { sql: 'x.id', type: 'uuid' },
        ],
        direction: 'ASC',
        first: validateFirst(first),
        after,
      },
    );
    return mapConnection(connection, ({ tenants, liveTenants, liveServices, desks, ...mall }): MallTenantCount => ({
      mall,
      tenants,
      liveTenants,
      liveServices,
      desks,
    }));
  }
}
