import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from '@simpul/contracts';
import {
  decodeKeysetCursor,
  encodeKeysetCursor,
  isUuid,
  notFound,
  one,
  rows,
  validateFirst,
  badUserInput,
  type Connection,
} from '@simpul/service-kit';
import { canSeeArchived } from '../access/unit-access';
import { Agency } from '../agencies/agency.entity';
import type { StoredStandard } from '../services/standard/standard-component';
import { ServiceUnit } from '../units/service-unit.entity';
import { OMBUDSMAN_CHECKS } from './ombudsman-checks';
import type {
  AgencyOmbudsmanReadiness,
  OmbudsmanReadiness,
  OmbudsmanReadinessItem,
  OmbudsmanUnitReadiness,
} from './ombudsman-readiness.model';
import { checkStates, readinessSql } from './readiness-state';

const CHECK_COUNT = OMBUDSMAN_CHECKS.length;

/**
 * Per active unit: its active services and the checks they miss or have unpublished. A unit with no
 * service at all has nothing the Ombudsman could find published, so each check counts once as missing.
 */
function perUnitSql(unit: string): string {
  const sql = readinessSql('s');
  return `CROSS JOIN LATERAL (
    SELECT count(*)::int AS services,
      CASE WHEN count(*) = 0 THEN ${CHECK_COUNT} ELSE count(*)::int * ${CHECK_COUNT} END AS checked,
      CASE WHEN count(*) = 0 THEN ${CHECK_COUNT} ELSE coalesce(sum(${sql.missing}), 0)::int END AS missing,
      coalesce(sum(${sql.unpublished}), 0)::int AS unpublished
    FROM registry.services s WHERE s.service_unit_id = ${unit}.id AND s.archived_at IS NULL
  ) r`;
}

interface UnitCounts {
  services: number;
  checked: number;
  missing: number;
  unpublished: number;
}

function unitReadiness(serviceUnit: ServiceUnit, counts: UnitCounts): OmbudsmanUnitReadiness {
  return {
    serviceUnit,
    serviceCount: counts.services,
    checkedComponents: counts.checked,
    missingCount: counts.missing,
    unpublishedCount: counts.unpublished,
    ready: counts.services > 0 && counts.missing === 0 && counts.unpublished === 0,
  };
}

@Injectable()
export class OmbudsmanReadinessService {
  constructor(private readonly dataSource: DataSource) {}

  /** One unit, each active service against each check. Two statements (the unit, its services), in parallel. */
  async forUnit(serviceUnitId: string, caller: Caller): Promise<OmbudsmanReadiness> {
    const missingUnit = () => notFound('There is no service unit with this id.', 'Unit pelayanan tidak ditemukan.', 'serviceUnitId');
    if (!isUuid(serviceUnitId)) throw missingUnit();
    const [unit, services] = await Promise.all([
      this.dataSource.getRepository(ServiceUnit).findOneBy({ id: serviceUnitId }),
      rows<{ id: string; name: string; standard: StoredStandard }>(
        this.dataSource,
        `SELECT id, name, standard FROM registry.services WHERE service_unit_id = $1 AND archived_at IS NULL ORDER BY name, id`,
        [serviceUnitId],
      ),
    ]);
    if (!unit || (unit.archivedAt && !canSeeArchived(caller, unit.id))) throw missingUnit();
    const items: OmbudsmanReadinessItem[] = services.length
      ? services.flatMap((service) =>
          checkStates(service.standard).map(({ check, state }) => ({
            component: check.component,
            label: check.label,
            requirement: check.requirement,
            state,
            serviceId: service.id,
            serviceName: service.name,
          })),
        )
      : OMBUDSMAN_CHECKS.map((check) => ({
          component: check.component,
          label: check.label,
          requirement: check.requirement,
          state: 'MISSING' as const,
          serviceId: null,
          serviceName: null,
        }));
    const missing = items.filter((item) => item.state === 'MISSING').length;
    const unpublished = items.filter((item) => item.state === 'UNPUBLISHED').length;
    return {
      ...unitReadiness(unit, { services: services.length, checked: items.length, missing, unpublished }),
      items,
    };
  }

  /** An agency's totals over its active units, counted in SQL. Two statements (the agency, the totals), in parallel. */
  async forAgency(agencyId: string): Promise<AgencyOmbudsmanReadiness> {
    const missingAgency = () => notFound('There is no agency with this id.', 'Instansi tidak ditemukan.', 'agencyId');
    if (!isUuid(agencyId)) throw missingAgency();
    const [agency, totals] = await Promise.all([
      this.dataSource.getRepository(Agency).findOneBy({ id: agencyId }),
      one<{ units: number; ready: number; services: number; checked: number; missing: number; unpublished: number }>(
        this.dataSource,
        `SELECT count(*)::int AS units,
           count(*) FILTER (WHERE r.services > 0 AND r.missing = 0 AND r.unpublished = 0)::int AS ready,
           coalesce(sum(r.services), 0)::int AS services, coalesce(sum(r.checked), 0)::int AS checked,
           coalesce(sum(r.missing), 0)::int AS missing, coalesce(sum(r.unpublished), 0)::int AS unpublished
         FROM registry.service_units u ${perUnitSql('u')}
         WHERE u.agency_id = $1 AND u.archived_at IS NULL`,
        [agencyId],
      ),
    ]);
    if (!agency) throw missingAgency();
    return {
      agency,
      unitCount: totals?.units ?? 0,
      readyUnitCount: totals?.ready ?? 0,
      serviceCount: totals?.services ?? 0,
      checkedComponents: totals?.checked ?? 0,
      missingCount: totals?.missing ?? 0,
      unpublishedCount: totals?.unpublished ?? 0,
    };
  }

  /**
   * A page of an agency's active units with their counts, by name: one statement (units as entities
   * with their counts beside them); the total is the agency's unit count, already known.
   */
  async unitPage(
    agency: AgencyOmbudsmanReadiness,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<OmbudsmanUnitReadiness>> {
    const size = validateFirst(first);
    const query = this.dataSource
      .getRepository(ServiceUnit)
      .createQueryBuilder('unit')
      .where('unit.agency_id = :agencyId AND unit.archived_at IS NULL', { agencyId: agency.agency.id });
    if (after) {
      const [name, id] = decodeKeysetCursor(after, 2);
      if (!isUuid(id)) throw badUserInput('after', 'The cursor is not valid for this list.', 'Kursor tidak valid untuk daftar ini.');
      query.andWhere('(unit.name, unit.id) > (:name, :id)', { name, id });
    }
    const sql = readinessSql('s');
    const counts = (select: string) =>
      `(SELECT ${select} FROM registry.services s WHERE s.service_unit_id = unit.id AND s.archived_at IS NULL)`;
    query
      .addSelect(counts('count(*)::int'), 'r_services')
      .addSelect(counts(`coalesce(sum(${sql.missing}), 0)::int`), 'r_missing')
      .addSelect(counts(`coalesce(sum(${sql.unpublished}), 0)::int`), 'r_unpublished')
      .orderBy('unit.name', 'ASC')
      .addOrderBy('unit.id', 'ASC')
      .limit(size + 1);
    const { entities, raw } = await query.getRawAndEntities<{
      unit_id: string;
      r_services: number;
      r_missing: number;
      r_unpublished: number;
    }>();
    const countsById = new Map(raw.map((row) => [row.unit_id, row]));
    const edges = entities.slice(0, size).map((unit) => {
      const row = countsById.get(unit.id);
      const services = row?.r_services ?? 0;
      const node = unitReadiness(unit, {
        services,
        checked: services === 0 ? CHECK_COUNT : services * CHECK_COUNT,
        missing: services === 0 ? CHECK_COUNT : (row?.r_missing ?? 0),
        unpublished: row?.r_unpublished ?? 0,
      });
      return { cursor: encodeKeysetCursor([unit.name, unit.id]), node };
    });
    return {
      totalCount: agency.unitCount,
      edges,
      pageInfo: {
        hasNextPage: entities.length > size,
        hasPreviousPage: Boolean(after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }
}
