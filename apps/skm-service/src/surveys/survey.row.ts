import type { StoredElement } from './survey-elements';
import type { SkmPeriodKind } from './survey-period';

export interface SurveyRow {
  id: string;
  publicCode: string;
  title: string;
  serviceUnitId: string | null;
  mallId: string | null;
  deskId: string | null;
  periodKind: SkmPeriodKind;
  periodYear: number;
  periodNumber: number;
  startsOn: string;
  endsOn: string;
  elements: StoredElement[];
  expectedUsers: number | null;
  opensAt: string | null;
  closesAt: string | null;
  createdAt: Date;
}

export const SURVEY_COLUMNS = `s.id, s.public_code AS "publicCode", s.title, s.service_unit_id AS "serviceUnitId", s.mall_id AS "mallId",
  s.desk_id AS "deskId", s.period_kind AS "periodKind", s.period_year AS "periodYear", s.period_number AS "periodNumber",
  s.starts_on AS "startsOn", s.ends_on AS "endsOn", s.elements, s.expected_users AS "expectedUsers",
  to_char(s.opens_at, 'HH24:MI') AS "opensAt", to_char(s.closes_at, 'HH24:MI') AS "closesAt", s.created_at AS "createdAt"`;
