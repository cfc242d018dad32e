import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DataOrigin, rows } from '@simpul/service-kit';
import type { MallGrowth } from './mall-growth.model';

/**
 * MPP growth for the public front door. The official series (KemenPAN-RB: 3 in 2017 … 305 in Dec
 * 2025) and Simpul's own count are two lines, never merged: Simpul holds only the malls registered
 * here, so its count is not the national one.
 */
@Injectable()
export class MallGrowthService {
  constructor(private readonly dataSource: DataSource) {}

  async growth(): Promise<MallGrowth> {
    const [published, registered] = await Promise.all([
      // The last published count of each year stands for that year.
      rows<{ year: number; count: number; asOf: string; origin: DataOrigin; source: string }>(
        this.dataSource,
        `SELECT DISTINCT ON (extract(year FROM as_of)) extract(year FROM as_of)::int AS year, count, to_char(as_of, 'YYYY-MM-DD') AS "asOf", origin, source
         FROM mpp.published_mall_counts ORDER BY extract(year FROM as_of), as_of DESC`,
      ),
      // A PROPOSED mall's date is a plan, not an opening (as in the national overview).
      rows<{ year: number; count: number; demo: boolean }>(
        this.dataSource,
        `SELECT year, (sum(opened) OVER (ORDER BY year))::int AS count, bool_or(demo) OVER (ORDER BY year) AS demo
         FROM (SELECT extract(year FROM opened_on)::int AS year, count(*) AS opened, bool_or(origin = 'DEMO') AS demo
               FROM mpp.malls WHERE opened_on IS NOT NULL AND status <> 'PROPOSED' GROUP BY 1) y ORDER BY year`,
      ),
    ]);
    return {
      published: published.map((row) => ({ ...row })),
      registered: registered.map((row) => ({
        year: row.year,
        count: row.count,
        asOf: null,
        origin: row.demo ? DataOrigin.DEMO : DataOrigin.DERIVED,
        source: null,
      })),
    };
  }
}
