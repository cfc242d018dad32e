import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badUserInput, DataOrigin, rows } from '@simpul/service-kit';
import { OmbudsmanZone } from '../ombudsman/ombudsman.enums';
import { zoneLabel } from '../ombudsman/ombudsman.row';
import type { OmbudsmanZoneMap } from './ombudsman-zones.model';

/**
 * The Ombudsman zones across the country for the front door and its map, in one statement: the
 * recorded results (never recomputed) of a year counted per province and zone. The per-province page
 * (ombudsmanProvinceSummary) lists the results themselves.
 */
@Injectable()
export class OmbudsmanZonesService {
  constructor(private readonly dataSource: DataSource) {}

  async zones(year: number | null | undefined): Promise<OmbudsmanZoneMap> {
    if (year !== null && year !== undefined && (year < 2000 || year > 2100))
      throw badUserInput('year', 'The year must be between 2000 and 2100.', 'Tahun harus di antara 2000 dan 2100.');
    const years = await rows<{ year: number }>(
      this.dataSource,
      `SELECT DISTINCT year FROM evaluation.ombudsman_results ORDER BY year DESC`,
    );
    const chosen = year ?? years[0]?.year ?? null;
    const found =
      chosen === null
        ? []
        : await rows<{ provinceCode: string; zone: OmbudsmanZone; count: number; official: number; sources: string[] }>(
            this.dataSource,
            `SELECT coalesce(province_code, left(region_code, 2)) AS "provinceCode", zone, count(*)::int AS count,
                    count(*) FILTER (WHERE origin = 'OFFICIAL')::int AS official, array_remove(array_agg(DISTINCT source), NULL) AS sources
             FROM evaluation.ombudsman_results WHERE year = $1 AND coalesce(province_code, region_code) IS NOT NULL
             GROUP BY 1, 2 ORDER BY 1, 2`,
            [chosen],
          );
    const provinces = new Map<string, OmbudsmanZoneMap['provinces'][number]>();
    for (const row of found) {
      const province = provinces.get(row.provinceCode) ?? {
        provinceCode: row.provinceCode,
        hijau: 0,
        kuning: 0,
        merah: 0,
        total: 0,
        officialCount: 0,
        demoCount: 0,
      };
      if (row.zone === OmbudsmanZone.HIJAU) province.hijau += row.count;
      if (row.zone === OmbudsmanZone.KUNING) province.kuning += row.count;
      if (row.zone === OmbudsmanZone.MERAH) province.merah += row.count;
      province.total += row.count;
      province.officialCount += row.official;
      province.demoCount += row.count - row.official;
      provinces.set(row.provinceCode, province);
    }
    const list = [...provinces.values()];
    const count = (zone: OmbudsmanZone) => found.filter((row) => row.zone === zone).reduce((sum, row) => sum + row.count, 0);
    const demo = list.some((province) => province.demoCount > 0);
    const sources = [...new Set(found.flatMap((row) => row.sources))].sort();
    return {
      year: chosen,
      availableYears: years.map((row) => row.year),
      zoneCounts: [OmbudsmanZone.HIJAU, OmbudsmanZone.KUNING, OmbudsmanZone.MERAH].map((zone) => ({
        zone,
        label: zoneLabel(zone),
        count: count(zone),
      })),
      provinces: list,
      total: list.reduce((sum, province) => sum + province.total, 0),
      origin: demo ? DataOrigin.DEMO : DataOrigin.OFFICIAL,
      // An all-official count names its sources; one with demo rows is demo (the official rows keep theirs on each result).
      source: !demo && sources.length ? sources.join('; ') : null,
    };
  }
}
