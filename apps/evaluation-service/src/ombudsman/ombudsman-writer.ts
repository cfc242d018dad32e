import type { EntityManager } from 'typeorm';
import { rows } from '@simpul/service-kit';
import { provinceOf } from './agency-directory';
import type { CheckedResult } from './ombudsman-rules';

export type ResultToWrite = CheckedResult & { id: string };

/**
 * The one writer of Ombudsman results with their dimension scores and unit findings, in the caller's
 * transaction. `skipExisting` (the seed) leaves a row already there by id or by agency, year and
 * method; otherwise the unique key refuses it. Returns the ids written.
 */
export async function writeOmbudsmanResults(
  manager: EntityManager,
  results: readonly ResultToWrite[],
  recordedAt: Date,
  recordedBy: string | null,
  { skipExisting = false }: { skipExisting?: boolean } = {},
): Promise<string[]> {
  if (!results.length) return [];
  const written = await rows<{ id: string }>(
    manager,
    `INSERT INTO evaluation.ombudsman_results (id, agency_id, agency_name, region_code, province_code, year, method, score, opinion, zone,
       maladministration_risk, origin, source, recorded_at, recorded_by)
     SELECT id, agency_id, agency_name, region_code, province_code, year, method, score, opinion, zone, maladministration_risk, origin, source, $2, $3
     FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, agency_id uuid, agency_name text, region_code text, province_code text, year int, method text,
       score numeric, opinion text, zone text, maladministration_risk text, origin text, source text)
     ${skipExisting ? 'ON CONFLICT DO NOTHING' : ''} RETURNING id`,
    [
      JSON.stringify(
        results.map((result) => ({
          id: result.id,
          agency_id: result.agencyId,
          agency_name: result.agencyName,
          region_code: result.regionCode,
          province_code: provinceOf(result.regionCode),
          year: result.year,
          method: result.method,
          score: result.score,
          opinion: result.opinion,
          zone: result.zone,
          maladministration_risk: result.maladministrationRisk,
          origin: result.origin,
          source: result.source,
        })),
      ),
      recordedAt,
      recordedBy,
    ],
  );
  const fresh = new Set(written.map((row) => row.id));
  const added = results.filter((result) => fresh.has(result.id));
  const dimensions = added.flatMap((result) =>
    result.dimensions.map((row, index) => ({
      result_id: result.id,
      dimension: row.dimension,
      score: row.score,
      weight: result.dimensionWeights[index],
    })),
  );
  if (dimensions.length)
    await manager.query(
      `INSERT INTO evaluation.ombudsman_dimension_scores (result_id, dimension, score, weight)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(result_id uuid, dimension text, score numeric, weight numeric)`,
      [JSON.stringify(dimensions)],
    );
  const findings = added.flatMap((result) =>
    result.unitFindings.map((row, position) => ({
      result_id: result.id,
      position,
      service_unit_id: row.serviceUnitId,
      unit_name: row.unitName.trim(),
      score: row.score,
      zone: result.findingZones[position],
      note: row.note,
    })),
  );
  if (findings.length)
    await manager.query(
      `INSERT INTO evaluation.ombudsman_unit_findings (result_id, position, service_unit_id, unit_name, score, zone, note)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(result_id uuid, position smallint, service_unit_id uuid, unit_name text, score numeric, zone text, note text)`,
      [JSON.stringify(findings)],
    );
  return added.map((result) => result.id);
}
