import pg from 'pg';
import { RESPONDENT_ROW } from '../results/rollup-cells';

/**
 * Recomputes a survey's overall rollup from the raw answers that count (not excluded, not in an
 * excluded batch) and returns both, so tests can check the rollup never drifts from the answers.
 */
export async function rollupAgainstAnswers(url: string, surveyId: string): Promise<{ rollup: string[]; answers: string[] }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rollup = await client.query<{ cell: string }>(
      `SELECT element_index || ':' || value || '=' || answers AS cell FROM skm.rollup_now WHERE survey_id = $1 AND dimension = 'ALL' AND answers <> 0 ORDER BY 1`,
      [surveyId],
    );
    const answers = await client.query<{ cell: string }>(
      `WITH counted AS (
         SELECT r.answers FROM skm.responses r WHERE r.survey_id = $1 AND r.review <> 'EXCLUDED'
         UNION ALL
         -- Paper answers: one digit per element, '0' skipped; they count unless their batch was excluded.
         SELECT (SELECT array_agg(nullif(d, '0')::smallint ORDER BY i) FROM unnest(string_to_array(p.answers, NULL)) WITH ORDINALITY AS e(d, i))
         FROM skm.paper_answers p JOIN skm.import_batches b ON b.id = p.import_batch_id WHERE b.survey_id = $1 AND b.review <> 'EXCLUDED')
       SELECT cell FROM (
         SELECT '${RESPONDENT_ROW}:0=' || count(*) AS cell FROM counted HAVING count(*) > 0
         UNION ALL
         SELECT (e.ord - 1) || ':' || e.v || '=' || count(*) FROM counted CROSS JOIN LATERAL unnest(counted.answers) WITH ORDINALITY AS e(v, ord) WHERE e.v IS NOT NULL GROUP BY e.ord, e.v
       ) c ORDER BY 1`,
      [surveyId],
    );
    return { rollup: rollup.rows.map((r) => r.cell), answers: answers.rows.map((r) => r.cell) };
  } finally {
    await client.end();
  }
}
