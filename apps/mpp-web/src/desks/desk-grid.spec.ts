import { bookedWeekdays, deskGrid, occupiedCount } from './desk-grid';
import type { DeskWithAssignments } from './desk.operations';

const tenancy = (id: string, name: string) => ({ id, step: 'LIVE' as const, agency: { id: `agency-${id}`, name } });
const desk7: DeskWithAssignments = {
  id: 'desk-7',
  number: 7,
  label: 'Gerai bersama',
  latestIkm: null,
  latestIkmGap: null,
  assignments: [
    { id: 'a1', weekday: 'MONDAY', staffCount: 2, tenancy: tenancy('kejaksaan', 'Kejaksaan Negeri Banjarmasin') },
    { id: 'a2', weekday: 'FRIDAY', staffCount: 1, tenancy: tenancy('pa', 'Pengadilan Agama Banjarmasin') },
  ],
};
const desk2: DeskWithAssignments = { id: 'desk-2', number: 2, label: null, latestIkm: null, latestIkmGap: null, assignments: [] };

describe('desk schedule grid', () => {
  it('lays desks out by number, one cell per weekday, shared desks by day', () => {
    const rows = deskGrid([desk7, desk2]);
    expect(rows.map((r) => r.desk.number)).toEqual([2, 7]);
    expect(rows[1].cells.MONDAY?.tenancy.agency.name).toBe('Kejaksaan Negeri Banjarmasin');
    expect(rows[1].cells.FRIDAY?.tenancy.agency.name).toBe('Pengadilan Agama Banjarmasin');
    expect(rows[1].cells.TUESDAY).toBeNull();
    expect(occupiedCount(rows, 'MONDAY')).toBe(1);
    expect(occupiedCount(rows, 'SUNDAY')).toBe(0);
  });

  it('spots a double booking of a desk on the same weekday before it is sent', () => {
    expect(bookedWeekdays(desk7, ['MONDAY', 'TUESDAY', 'FRIDAY'], 'imigrasi')).toEqual([
      { weekday: 'MONDAY', agency: 'Kejaksaan Negeri Banjarmasin' },
      { weekday: 'FRIDAY', agency: 'Pengadilan Agama Banjarmasin' },
    ]);
  });

  it('does not count the tenancy’s own days as a clash', () => {
    expect(bookedWeekdays(desk7, ['MONDAY'], 'kejaksaan')).toEqual([]);
    expect(bookedWeekdays(undefined, ['MONDAY'], 'kejaksaan')).toEqual([]);
  });
});
