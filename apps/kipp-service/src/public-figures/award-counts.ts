import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DataOrigin, rows } from '@simpul/service-kit';
import type { KippAwardYear } from './award-counts.model';

/** Winners per year for the public front door: the published catalogue's entries, counted in one statement. */
@Injectable()
export class AwardCountsService {
  constructor(private readonly dataSource: DataSource) {}

  async perYear(): Promise<KippAwardYear[]> {
    const found = await rows<{ year: number; top45: number; top99: number; demo: boolean; sources: string[] }>(
      this.dataSource,
      `SELECT e.year, count(*) FILTER (WHERE e.award = 'TOP45')::int AS top45, count(*) FILTER (WHERE e.award = 'TOP99')::int AS top99,
              bool_or(i.origin = 'DEMO') AS demo, array_remove(array_agg(DISTINCT i.source), NULL) AS sources
       FROM kipp.innovation_entries e JOIN kipp.innovations i ON i.id = e.innovation_id
       GROUP BY e.year ORDER BY e.year`,
    );
    return found.map((row) => ({
      year: row.year,
      top45: row.top45,
      top99: row.top99,
      origin: row.demo ? DataOrigin.DEMO : DataOrigin.OFFICIAL,
      // An official count names its source; several decrees of one year are listed together.
      source: row.demo || row.sources.length === 0 ? null : row.sources.join('; '),
    }));
  }
}
