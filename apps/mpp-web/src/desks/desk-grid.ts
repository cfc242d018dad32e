import { WEEKDAYS, type Weekday } from '../shared/enums';
import type { DeskWithAssignments } from './desk.operations';

export type Assignment = DeskWithAssignments['assignments'][number];

export interface DeskGridRow {
  desk: DeskWithAssignments;
  /** One cell per weekday: who holds the desk that day, or null when free. */
  cells: Record<Weekday, Assignment | null>;
}

/** The schedule as desks × weekdays, desks in number order. */
export function deskGrid(desks: readonly DeskWithAssignments[]): DeskGridRow[] {
  return [...desks]
    .sort((a, b) => a.number - b.number)
    .map((desk) => {
      const cells = Object.fromEntries(WEEKDAYS.map((day) => [day, null])) as Record<Weekday, Assignment | null>;
      for (const assignment of desk.assignments) cells[assignment.weekday] = assignment;
      return { desk, cells };
    });
}

/**
 * The chosen weekdays on which the desk is already held by another tenancy: the service refuses such
 * a double booking, so the form says so before sending. (A second operator may still win the race;
 * the service then answers CONFLICT and the page shows it.)
 */
export function bookedWeekdays(
  desk: DeskWithAssignments | undefined,
  weekdays: readonly Weekday[],
  tenancyId: string,
): { weekday: Weekday; agency: string }[] {
  if (!desk) return [];
  return weekdays.flatMap((weekday) => {
    const holder = desk.assignments.find((a) => a.weekday === weekday);
    return holder && holder.tenancy.id !== tenancyId ? [{ weekday, agency: holder.tenancy.agency.name }] : [];
  });
}

/** Share of (open day × desk) slots that are assigned, per weekday, for the grid's summary row. */
export function occupiedCount(rows: readonly DeskGridRow[], weekday: Weekday): number {
  return rows.filter((row) => row.cells[weekday] !== null).length;
}
