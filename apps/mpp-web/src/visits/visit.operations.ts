import { gql } from '@simpul/web-kit';
import { connectionOf, type Connection } from '../shared/connection';
import type { DeskDayOutcome } from '../shared/enums';

export interface DeskDayRow {
  id: string;
  date: string;
  visitors: number;
  complaints: number;
  source: string;
  desk: { id: string; number: number };
  tenancy: { id: string; agency: { id: string; name: string } };
}

export const VISITS_PAGE = gql<
  { mall: { id: string; name: string; desks: { id: string; number: number; label: string | null }[] } | null; deskDays: Connection<DeskDayRow> },
  { mallId: string; from: string; to: string; first: number; after: string | null }
>`
query VisitsPage($mallId: ID!, $from: String!, $to: String!, $first: Int, $after: String) {
  mall(id: $mallId) { id name desks { id number label } }
  deskDays(mallId: $mallId, from: $from, to: $to, first: $first, after: $after) {
    ${connectionOf('id date visitors complaints source desk { id number } tenancy { id agency { id name } }')}
  }
}`;

export interface RecordDeskDayInput {
  deskId: string;
  date: string;
  visitors: number;
  complaints: number;
}

export const RECORD_DESK_DAY = gql<{ recordDeskDay: { id: string } }, { input: RecordDeskDayInput }>`
mutation RecordDeskDay($input: RecordDeskDayInput!) { recordDeskDay(input: $input) { id } }`;

export interface ImportRow {
  row: number;
  deskNumber: number | null;
  date: string | null;
  outcome: DeskDayOutcome;
  problems: { field: string; message: string; messageEn: string }[];
}

export interface ImportReport {
  accepted: boolean;
  created: number;
  updated: number;
  unchanged: number;
  rows: ImportRow[];
}

export const IMPORT_DESK_DAYS = gql<{ importDeskDays: ImportReport }, { mallId: string; csv: string }>`
mutation ImportDeskDays($mallId: ID!, $csv: String!) {
  importDeskDays(mallId: $mallId, csv: $csv) { accepted created updated unchanged rows { row deskNumber date outcome problems { field message messageEn } } }
}`;
