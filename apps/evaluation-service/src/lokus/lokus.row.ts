import type { GovernmentLevel, ServiceGroup } from './lokus.enums';

/** A lokus with the snapshot of its unit taken when it was added. */
export interface LokusRow {
  id: string;
  cycleId: string;
  serviceUnitId: string;
  unitName: string;
  unitKind: string;
  serviceGroup: ServiceGroup;
  agencyId: string;
  agencyName: string | null;
  provinceCode: string;
  provinceName: string | null;
  governmentLevel: GovernmentLevel;
  cohort: string;
  instrumentId: string | null;
  minRespondents: number;
  maxRespondents: number;
  addedAt: Date;
}

export const LOKUS_COLUMNS = `l.id, l.cycle_id AS "cycleId", l.service_unit_id AS "serviceUnitId", l.unit_name AS "unitName", l.unit_kind AS "unitKind",
  l.service_group AS "serviceGroup", l.agency_id AS "agencyId", l.agency_name AS "agencyName", l.province_code AS "provinceCode",
  l.province_name AS "provinceName", l.government_level AS "governmentLevel", l.cohort, l.instrument_id AS "instrumentId",
  l.min_respondents AS "minRespondents", l.max_respondents AS "maxRespondents", l.added_at AS "addedAt"`;

/** The cohort a lokus is ranked in: all units of one kind at one level, e.g. PROVINCE:SAMSAT. */
export function cohortOf(level: GovernmentLevel, unitKind: string): string {
  return `${level}:${unitKind}`;
}
