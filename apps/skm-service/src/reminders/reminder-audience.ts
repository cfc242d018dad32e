import type { ReminderAudience } from '@simpul/contracts';

/**
 * Who is reminded about a survey's work: the desks of its unit; a survey of an MPP desk that names
 * no unit belongs to the mall, so its operators are.
 */
export function surveyAudience(survey: { serviceUnitId: string | null; mallId: string | null }): ReminderAudience | null {
  if (survey.serviceUnitId) return { serviceUnitIds: [survey.serviceUnitId] };
  if (survey.mallId) return { mallIds: [survey.mallId] };
  return null;
}
