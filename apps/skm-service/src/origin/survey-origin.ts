import type { DataSource } from 'typeorm';
import { rowLoader, rows, type DataOrigin, type SubgraphContext } from '@simpul/service-kit';

export interface SurveyOrigin {
  id: string;
  origin: DataOrigin;
  source: string | null;
}

/** The stored origin of each survey an IKM figure comes from, batched per request. */
export function surveyOrigin(context: SubgraphContext, dataSource: DataSource, surveyId: string): Promise<SurveyOrigin | null> {
  return rowLoader(
    context,
    'survey.origin',
    (ids) => rows<SurveyOrigin>(dataSource, `SELECT id, origin, source FROM skm.surveys WHERE id = ANY($1::uuid[])`, [ids]),
    (row) => row.id,
  ).load(surveyId);
}
