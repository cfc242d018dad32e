import { DataSource, type DataSourceOptions, type EntityManager } from 'typeorm';
import { rankWithinCohorts } from '../results/compute-results';
import { insertPublishedAggregates } from '../results/result-writer';
import { buildDemoCycles, DEMO_EVALUATOR, lokusColumns, NATIONAL_FIGURES, NATIONAL_FIGURES_SOURCE, type DemoCycle } from './demo-data';
import { readProvinces } from './provinces';
import { seedOmbudsmanResults } from '../ombudsman/ombudsman-seed';
import { seedFollowUpDemo } from '../follow-up/follow-up-demo';
import { one, rows } from '@simpul/service-kit';

export interface SeedCounts {
  nationalFigures: number;
  evaluatorProfiles: number;
  cycles: number;
  lokus: number;
  scores: number;
  results: number;
  assignments: number;
}

/**
 * Writes one demo cycle with its lokus, F-02 scores (current cycles) and figures (past cycles) — only
 * when the cycle is new, so a second run (or a cycle people have since worked on) is left exactly as it is.
 */
async function seedCycle(manager: EntityManager, cycle: DemoCycle, counts: SeedCounts, now: Date): Promise<void> {
  const created = await rows(
    manager,
    `INSERT INTO evaluation.cycles (id, year, name, scheme, instrument_ids, finalised_at, published_at, created_at, origin) VALUES ($1, $2, $3, $4, $5, $6, $6, $7, 'DEMO')
     ON CONFLICT DO NOTHING RETURNING id`,
    [
      cycle.id,
      cycle.year,
      cycle.name,
      cycle.scheme,
      cycle.instrumentId ? [cycle.instrumentId] : [],
      cycle.published ? cycle.phases.at(-1)?.startsAt : null,
      now,
    ],
  );
  if (!created.length) return;
  counts.cycles += 1;
  await manager.query(
    `INSERT INTO evaluation.cycle_phases (cycle_id, phase, position, starts_at, ends_at)
     SELECT $1, phase, position, starts_at, ends_at FROM unnest($2::text[], $3::smallint[], $4::timestamptz[], $5::timestamptz[]) AS t(phase, position, starts_at, ends_at)`,
    [
      cycle.id,
      cycle.phases.map((p) => p.phase),
      cycle.phases.map((_, i) => i),
      cycle.phases.map((p) => p.startsAt),
      cycle.phases.map((p) => p.endsAt),
    ],
  );
  const lokus = await rows(
    manager,
    `INSERT INTO evaluation.lokus (id, cycle_id, service_unit_id, unit_name, unit_kind, service_group, agency_id, agency_name, province_code, province_name,
       government_level, cohort, instrument_id, added_at)
     SELECT *, $2::timestamptz FROM jsonb_to_recordset($1::jsonb) AS s(id uuid, cycle_id uuid, service_unit_id uuid, unit_name text, unit_kind text, service_group text,
       agency_id uuid, agency_name text, province_code varchar, province_name text, government_level text, cohort text, instrument_id text)
     RETURNING id`,
    [JSON.stringify(cycle.lokus.map((row) => lokusColumns(cycle, row))), now],
  );
  counts.lokus += lokus.length;
  const scores = cycle.lokus.flatMap((row) =>
    Object.entries(row.f02 ?? {}).map(([code, level]) => ({ lokus_id: row.id, indicator_code: code, level })),
  );
  if (scores.length) {
    await manager.query(
      `INSERT INTO evaluation.f02_scores (lokus_id, indicator_code, level, version, scored_by, updated_at)
       SELECT lokus_id, indicator_code, level, 1, $2, $3 FROM jsonb_to_recordset($1::jsonb) AS s(lokus_id uuid, indicator_code text, level smallint)`,
      // Scored at the end of the scoring phase, or now for a cycle still being scored.
      [JSON.stringify(scores), DEMO_EVALUATOR.userId, new Date(Math.min(cycle.phases[3].endsAt.getTime(), now.getTime()))],
    );
    counts.scores += scores.length;
  }
  const figures = cycle.lokus.filter((row) => row.figure !== null);
  if (figures.length) {
    const ranks = cycle.ranked
      ? new Map(
          rankWithinCohorts(figures, {
            cohort: (row) => lokusColumns(cycle, row).cohort,
            key: (row) => row.id,
            index: (row) => row.figure ?? 0,
          }).map(({ row, rank, cohortSize }) => [row.id, { rank, cohortSize }]),
        )
      : new Map<string, { rank: number; cohortSize: number }>();
    await insertPublishedAggregates(
      manager,
      cycle.id,
      figures.map((row) => ({
        lokusId: row.id,
        index: row.figure ?? 0,
        cohort: lokusColumns(cycle, row).cohort,
        rank: ranks.get(row.id)?.rank ?? null,
        cohortSize: ranks.get(row.id)?.cohortSize ?? null,
        provenance: { origin: row.origin, source: row.source },
      })),
      cycle.phases[6].startsAt,
    );
    counts.results += figures.length;
  }
  for (const unitKey of cycle.evaluatorFor) {
    const row = cycle.lokus.find((candidate) => candidate.unitKey === unitKey);
    if (!row) continue;
    await manager.query(
      `INSERT INTO evaluation.assignments (lokus_id, evaluator_id, role, assigned_at) VALUES ($1, $2, 'PRIMARY', $3) ON CONFLICT DO NOTHING`,
      [row.id, DEMO_EVALUATOR.userId, now],
    );
    counts.assignments += 1;
  }
}

/**
 * Marks what the demo seed wrote in an existing database (seeded before origins were stored): its
 * cycles are DEMO, and each of their seed-written results takes the origin and source of its demo
 * lokus. Results people computed since keep the origin they were written with.
 */
async function markDemoOrigins(manager: EntityManager, cycles: readonly DemoCycle[]): Promise<void> {
  await manager.query(`UPDATE evaluation.cycles SET origin = 'DEMO' WHERE id = ANY($1::uuid[]) AND origin <> 'DEMO'`, [
    cycles.map((cycle) => cycle.id),
  ]);
  const marks = cycles.flatMap((cycle) => cycle.lokus.map((row) => ({ lokus_id: row.id, origin: row.origin, source: row.source })));
  await manager.query(
    `UPDATE evaluation.results r SET origin = m.origin, source = m.source FROM jsonb_to_recordset($1::jsonb) AS m(lokus_id uuid, origin text, source text)
     WHERE r.lokus_id = m.lokus_id AND r.version = 1 AND r.computed_by IS NULL AND (r.origin, r.source) IS DISTINCT FROM (m.origin, m.source)`,
    [JSON.stringify(marks)],
  );
}

/**
 * Brings past demo cycles seeded before they held figures only (with indicator scores invented to
 * reproduce each figure) to what is published: the figure stays, the scores behind it go, and the
 * cycle records the instrument of its year (none for 2019 and 2020). Results people wrote are kept.
 */
async function keepOnlyPublishedFigures(manager: EntityManager, cycles: readonly DemoCycle[]): Promise<void> {
  const past = cycles.filter((cycle) => cycle.lokus.some((row) => row.figure !== null));
  const lokusIds = past.flatMap((cycle) => cycle.lokus.map((row) => row.id));
  await manager.query(
    `UPDATE evaluation.results SET basis = 'PUBLISHED_AGGREGATE', evaluator_index = NULL, user_index = NULL, inputs = NULL, explanation = NULL, respondents = 0
     WHERE lokus_id = ANY($1::uuid[]) AND version = 1 AND computed_by IS NULL AND basis <> 'PUBLISHED_AGGREGATE'`,
    [lokusIds],
  );
  await manager.query(`DELETE FROM evaluation.f02_scores WHERE lokus_id = ANY($1::uuid[]) AND scored_by = $2`, [
    lokusIds,
    DEMO_EVALUATOR.userId,
  ]);
  const instruments = past.map((cycle) => ({ cycle_id: cycle.id, instrument_id: cycle.instrumentId }));
  await manager.query(
    `UPDATE evaluation.lokus l SET instrument_id = i.instrument_id FROM jsonb_to_recordset($1::jsonb) AS i(cycle_id uuid, instrument_id text)
     WHERE l.cycle_id = i.cycle_id AND l.instrument_id IS DISTINCT FROM i.instrument_id`,
    [JSON.stringify(instruments)],
  );
  await manager.query(
    `UPDATE evaluation.cycles c SET instrument_ids = CASE WHEN i.instrument_id IS NULL THEN '{}'::text[] ELSE ARRAY[i.instrument_id] END
     FROM jsonb_to_recordset($1::jsonb) AS i(cycle_id uuid, instrument_id text)
     WHERE c.id = i.cycle_id AND c.origin = 'DEMO' AND c.instrument_ids IS DISTINCT FROM CASE WHEN i.instrument_id IS NULL THEN '{}'::text[] ELSE ARRAY[i.instrument_id] END`,
    [JSON.stringify(instruments)],
  );
}

/**
 * The published national figures (reference data, loaded with or without demo data) and, when
 * `demo`, the demo cycles; idempotent (insert-if-missing by stable ids).
 */
export async function seedEvaluation(
  options: DataSourceOptions,
  now = new Date(),
  { demo = true }: { demo?: boolean } = {},
): Promise<SeedCounts> {
  const dataSource = new DataSource(options);
  await dataSource.initialize();
  try {
    const cycles = buildDemoCycles(readProvinces(), now);
    return await dataSource.transaction(async (manager) => {
      const counts: SeedCounts = { nationalFigures: 0, evaluatorProfiles: 0, cycles: 0, lokus: 0, scores: 0, results: 0, assignments: 0 };
      counts.nationalFigures = (
        await rows(
          manager,
          `INSERT INTO evaluation.national_figures (year, index, source, origin) SELECT year, index, $2, 'OFFICIAL' FROM jsonb_to_recordset($1::jsonb) AS s(year int, index numeric)
           ON CONFLICT DO NOTHING RETURNING year`,
          [JSON.stringify(NATIONAL_FIGURES), NATIONAL_FIGURES_SOURCE],
        )
      ).length;
      // The seed owns the wording of the published figures' source: earlier seeds named a file of this
      // project instead of the publisher, so an existing database takes the current wording.
      await manager.query(`UPDATE evaluation.national_figures SET source = $2 WHERE year = ANY($1::int[]) AND source IS DISTINCT FROM $2`, [
        NATIONAL_FIGURES.map((row) => row.year),
        NATIONAL_FIGURES_SOURCE,
      ]);
      if (!demo) return counts;
      const profile = await one(
        manager,
        `INSERT INTO evaluation.evaluator_profiles (user_id, display_name, agency_id, level) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING user_id`,
        [DEMO_EVALUATOR.userId, DEMO_EVALUATOR.displayName, DEMO_EVALUATOR.agencyId, DEMO_EVALUATOR.level],
      );
      counts.evaluatorProfiles = profile ? 1 : 0;
      for (const cycle of cycles) await seedCycle(manager, cycle, counts, now);
      await markDemoOrigins(manager, cycles);
      await keepOnlyPublishedFigures(manager, cycles);
      await seedOmbudsmanResults(manager, readProvinces(), now);
      await seedFollowUpDemo(manager, cycles);
      return counts;
    });
  } finally {
    await dataSource.destroy();
  }
}
