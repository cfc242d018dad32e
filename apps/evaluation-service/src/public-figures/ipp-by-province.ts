import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { roundHalfUp } from '@simpul/scoring';
import { badUserInput, DataOrigin, rows } from '@simpul/service-kit';
import { cohortLabel } from '../cohorts/cohort-label';
import type { EvaluationScheme } from '../cycles/cycle-phase.enum';
import { resultLabel } from '../results/result-label';
import { categoryOf } from '../results/result.row';
import type { IppByProvince, ProvinceIpp } from './ipp-by-province.model';

interface PublishedCycle {
  id: string;
  year: number;
  name: string;
  scheme: EvaluationScheme;
}

interface Cell {
  provinceCode: string;
  provinceName: string | null;
  cohort: string;
  count: number;
  sum: string;
  demo: boolean;
}

/**
 * IPP per province for the public front door, from ONE published cycle: the newest published one (of
 * `year` when given), a national PEMANTAUAN cycle before a KHUSUS or MANDIRI one of the same year.
 * Unpublished cycles never show; a mean with demo results in it is marked DEMO.
 */
@Injectable()
export class IppByProvinceService {
  constructor(private readonly dataSource: DataSource) {}

  async figures(year: number | null | undefined): Promise<IppByProvince> {
    if (year !== null && year !== undefined && (year < 2000 || year > 2100))
      throw badUserInput('year', 'The year must be between 2000 and 2100.', 'Tahun harus di antara 2000 dan 2100.');
    const cycles = await rows<PublishedCycle>(
      this.dataSource,
      `SELECT c.id, c.year, c.name, c.scheme FROM evaluation.cycles c
       WHERE c.published_at IS NOT NULL AND EXISTS (SELECT 1 FROM evaluation.results r WHERE r.cycle_id = c.id AND r.current)
       ORDER BY c.year DESC, (c.scheme = 'PEMANTAUAN') DESC, c.published_at DESC, c.id`,
    );
    const availableYears = [...new Set(cycles.map((cycle) => cycle.year))];
    const cycle = cycles.find((candidate) => year === null || year === undefined || candidate.year === year);
    if (!cycle)
      return {
        year: year ?? null,
        cycleId: null,
        cycleName: null,
        scheme: null,
        label: null,
        provinces: [],
        cohorts: [],
        origin: DataOrigin.DERIVED,
        source: null,
        availableYears,
      };
    // Sums per province and cohort in the database; means are rounded once, here, half up.
    const cells = await rows<Cell>(
      this.dataSource,
      `SELECT l.province_code AS "provinceCode", max(l.province_name) AS "provinceName", r.cohort, count(*)::int AS count,
              sum(r.index)::text AS sum, bool_or(r.origin = 'DEMO') AS demo
       FROM evaluation.results r JOIN evaluation.lokus l ON l.id = r.lokus_id
       WHERE r.cycle_id = $1 AND r.current
       GROUP BY l.province_code, r.cohort ORDER BY l.province_code, r.cohort`,
      [cycle.id],
    );
    const provinces = new Map<string, { name: string | null; count: number; sum: number; cells: Cell[] }>();
    for (const cell of cells) {
      const province = provinces.get(cell.provinceCode) ?? { name: cell.provinceName, count: 0, sum: 0, cells: [] };
      province.count += cell.count;
      province.sum += Number(cell.sum);
      province.cells.push(cell);
      provinces.set(cell.provinceCode, province);
    }
    const list: ProvinceIpp[] = [...provinces].map(([provinceCode, province]) => {
      const value = roundHalfUp(province.sum / province.count, 2);
      return {
        provinceCode,
        provinceName: province.name,
        count: province.count,
        value,
        category: categoryOf(value),
        cohorts: province.cells.map((cell) => ({
          cohort: cohortLabel(cell.cohort),
          count: cell.count,
          value: roundHalfUp(Number(cell.sum) / cell.count, 2),
        })),
      };
    });
    const label = resultLabel(cycle.name, cycle.scheme, null, null);
    return {
      year: cycle.year,
      cycleId: cycle.id,
      cycleName: cycle.name,
      scheme: cycle.scheme,
      label,
      provinces: list,
      cohorts: [...new Set(cells.map((cell) => cell.cohort))].sort().map(cohortLabel),
      origin: cells.some((cell) => cell.demo) ? DataOrigin.DEMO : DataOrigin.DERIVED,
      source: label.id,
      availableYears,
    };
  }
}
