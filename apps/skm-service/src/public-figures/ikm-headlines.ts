import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badUserInput, Clock, DataOrigin, rows, wibDate } from '@simpul/service-kit';
import { pickHeadline, type HeadlineCandidate } from '../results/ikm-headline';
import { ikmOf, totalsOf, type RollupCell } from '../results/result-builder';
import { SURVEY_COLUMNS, type SurveyRow } from '../surveys/survey.row';

/** One unit's headline IKM of a year. */
export interface UnitHeadlineIkm {
  /** The registry unit; null for an MPP desk's survey without one. */
  serviceUnitId: string | null;
  value: number;
  categoryCode: string;
  demo: boolean;
}

export interface YearHeadlines {
  /** The year read; null when there is no survey at all. */
  year: number | null;
  availableYears: number[];
  headlines: UnitHeadlineIkm[];
  /** Units surveyed that year without a sound IKM (running, awaiting review, sample too small). */
  withoutResult: number;
}

type Candidate = HeadlineCandidate & { origin: DataOrigin };

/**
 * Each unit's headline IKM of a year — the same rule as its public page (pickHeadline: a completed,
 * reviewed, adequately sampled period; unit-wide surveys before its MPP desks'). Only rollup cells are
 * read; no individual answer leaves the database.
 */
@Injectable()
export class IkmHeadlinesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async ofYear(year: number | null | undefined): Promise<YearHeadlines> {
    if (year !== null && year !== undefined && (year < 2000 || year > 2100))
      throw badUserInput('year', 'The year must be between 2000 and 2100.', 'Tahun harus di antara 2000 dan 2100.');
    const today = wibDate(this.clock.now());
    const years = await rows<{ year: number; completed: boolean }>(
      this.dataSource,
      `SELECT period_year AS year, bool_or(ends_on < $1::date) AS completed FROM skm.surveys GROUP BY period_year ORDER BY period_year DESC`,
      [today],
    );
    const availableYears = years.map((row) => row.year);
    // By default the newest year with a completed period: a year only just begun has no results yet.
    const chosen = year ?? years.find((row) => row.completed)?.year ?? null;
    if (chosen === null) return { year: null, availableYears, headlines: [], withoutResult: 0 };
    const found = await rows<SurveyRow & { origin: DataOrigin; cells: RollupCell[]; pending: number }>(
      this.dataSource,
      `SELECT ${SURVEY_COLUMNS}, s.origin,
         (SELECT count(*)::int FROM skm.responses r WHERE r.survey_id = s.id AND r.review = 'PENDING')
           + (SELECT coalesce(sum(b.row_count), 0)::int FROM skm.import_batches b WHERE b.survey_id = s.id AND b.review = 'PENDING') AS pending,
         coalesce((SELECT json_agg(json_build_object('elementIndex', r.element_index, 'value', r.value, 'answers', r.answers))
           FROM skm.rollup_now r WHERE r.survey_id = s.id AND r.dimension = 'ALL' AND r.bucket = ''), '[]'::json) AS cells
       FROM skm.surveys s WHERE s.period_year = $1`,
      [chosen],
    );
    const byUnit = new Map<string, Candidate[]>();
    for (const { cells, pending, origin, ...survey } of found) {
      if (totalsOf(survey.elements.length, cells).respondents === 0) continue;
      // A survey of an MPP desk without a registry unit stands for that desk.
      const owner = survey.serviceUnitId ?? `desk:${survey.deskId ?? survey.id}`;
      byUnit.set(owner, [...(byUnit.get(owner) ?? []), { survey, cells, pending, origin }]);
    }
    const headlines: UnitHeadlineIkm[] = [];
    let withoutResult = 0;
    for (const candidates of byUnit.values()) {
      const unitWide = candidates.filter((candidate) => candidate.survey.deskId === null);
      const headline = pickHeadline(unitWide.length ? unitWide : candidates, today);
      const ikm = 'gap' in headline ? null : ikmOf(headline.survey, totalsOf(headline.survey.elements.length, headline.cells)).ikm;
      if (!ikm || 'gap' in headline) {
        withoutResult += 1;
        continue;
      }
      headlines.push({
        serviceUnitId: headline.survey.serviceUnitId,
        value: ikm.value,
        categoryCode: ikm.category.code,
        demo: candidates.find((candidate) => candidate.survey.id === headline.survey.id)?.origin === DataOrigin.DEMO,
      });
    }
    return { year: chosen, availableYears, headlines, withoutResult };
  }
}
