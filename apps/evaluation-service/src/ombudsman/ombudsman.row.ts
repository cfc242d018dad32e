import { DataOrigin } from '@simpul/service-kit';
import { OMBUDSMAN_ZONE_TABLE, ombudsmanOpinionInfo } from '@simpul/scoring';
import { agencyRef } from '../federation/registry-refs';
import type { OmbudsmanMethod, OmbudsmanOpinion, OmbudsmanZone } from './ombudsman.enums';
import type { OmbudsmanResult } from './ombudsman.model';

/** `evaluation.ombudsman_results` as the lists read it (numeric columns come back as text). */
export interface OmbudsmanRow {
  id: string;
  agencyId: string;
  agencyName: string;
  regionCode: string | null;
  year: number;
  method: OmbudsmanMethod;
  score: string | null;
  opinion: OmbudsmanOpinion | null;
  zone: OmbudsmanZone;
  maladministrationRisk: string | null;
  origin: 'OFFICIAL' | 'DEMO';
  source: string | null;
  recordedAt: Date;
}

export const OMBUDSMAN_COLUMNS = `o.id, o.agency_id AS "agencyId", o.agency_name AS "agencyName", o.region_code AS "regionCode", o.year,
  o.method, o.score::text AS score, o.opinion, o.zone, o.maladministration_risk AS "maladministrationRisk", o.origin, o.source,
  o.recorded_at AS "recordedAt"`;

/** The zone's name in both languages (from @simpul/scoring's zone table). */
export function zoneLabel(zone: OmbudsmanZone): { id: string; en: string } {
  const band = OMBUDSMAN_ZONE_TABLE.bands.find((row) => row.code === String(zone));
  return { id: band?.label ?? zone, en: band?.labelEn ?? zone };
}

/** The GraphQL node of a row; dimensions and unit findings come from their field resolvers. */
export function toOmbudsmanResult(row: OmbudsmanRow): OmbudsmanResult {
  const opinion = row.opinion ? ombudsmanOpinionInfo(row.opinion) : null;
  return {
    id: row.id,
    agency: agencyRef(row.agencyId),
    agencyName: row.agencyName,
    regionCode: row.regionCode,
    year: row.year,
    methodVersion: row.method,
    score: row.score === null ? null : Number(row.score),
    zone: row.zone,
    zoneLabel: zoneLabel(row.zone),
    opinion: row.opinion,
    opinionLabel: opinion ? { id: opinion.label, en: opinion.labelEn } : null,
    dimensions: [],
    maladministrationRisk: row.maladministrationRisk,
    unitFindings: [],
    origin: row.origin === 'OFFICIAL' ? DataOrigin.OFFICIAL : DataOrigin.DEMO,
    source: row.source,
    recordedAt: row.recordedAt,
  };
}
