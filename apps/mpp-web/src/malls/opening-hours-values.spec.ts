import { translate } from '@simpul/web-kit';
import { MPP } from '../messages';
// The form's texts register with its page's chunk; here they are imported as app.tsx would.
import '../page-messages';
import { hoursInput, hoursRows } from './opening-hours-values';

const t = (key: string, params?: Record<string, string | number>) => translate('id', MPP, key, params);

describe('opening hours editor', () => {
  it('shows the seven days with the days not listed as closed', () => {
    const rows = hoursRows([{ weekday: 'MONDAY', opensAt: '08:00', closesAt: '15:00' }]);
    expect(rows).toHaveLength(7);
    expect(rows.filter((r) => r.open).map((r) => r.weekday)).toEqual(['MONDAY']);
  });

  it('sends only the open days', () => {
    const rows = hoursRows([{ weekday: 'MONDAY', opensAt: '08:00', closesAt: '15:00' }]);
    rows[5] = { ...rows[5], open: true, opensAt: '08:00', closesAt: '12:00' };
    expect(hoursInput(rows, t)).toEqual({
      hours: [
        { weekday: 'MONDAY', opensAt: '08:00', closesAt: '15:00' },
        { weekday: 'SATURDAY', opensAt: '08:00', closesAt: '12:00' },
      ],
    });
  });

  it('refuses a closing time before the opening time, naming the day', () => {
    const rows = hoursRows([{ weekday: 'FRIDAY', opensAt: '13:00', closesAt: '11:00' }]);
    expect(hoursInput(rows, t)).toEqual({ errors: { 'hours-FRIDAY-closesAt': 'Jumat: jam tutup harus setelah jam buka' } });
  });
});
