import { WEEKDAYS, type Weekday } from '../shared/enums';

/** Desk days in week order, then by desk number: "Sen G1, Sen G2, Sel G1". */
export function sortAssignments<T extends { weekday: Weekday; desk: { number: number } }>(assignments: readonly T[]): T[] {
  return [...assignments].sort((a, b) => WEEKDAYS.indexOf(a.weekday) - WEEKDAYS.indexOf(b.weekday) || a.desk.number - b.desk.number);
}
