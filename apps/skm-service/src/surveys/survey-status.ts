import { registerEnumType } from '@nestjs/graphql';

/** Where a survey's period stands today (WIB): not started, running, or over. */
export enum SkmSurveyStatus {
  UPCOMING = 'UPCOMING',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(SkmSurveyStatus, {
  name: 'SkmSurveyStatus',
  description: 'UPCOMING: periode belum dimulai; OPEN: sedang berjalan; CLOSED: periode sudah berakhir',
});

/** The SQL condition for a status, with `$today` the placeholder of today's WIB date. */
export function statusCondition(status: SkmSurveyStatus, today: string): string {
  if (status === SkmSurveyStatus.UPCOMING) return `s.starts_on > ${today}::date`;
  if (status === SkmSurveyStatus.CLOSED) return `s.ends_on < ${today}::date`;
  return `s.starts_on <= ${today}::date AND s.ends_on >= ${today}::date`;
}

/** `%text%` for ILIKE, with the pattern characters a person may type taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
