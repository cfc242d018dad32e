import { translate } from '@simpul/web-kit';
import { MPP } from '../messages';
// The form's texts register with its page's chunk; here they are imported as app.tsx would.
import '../page-messages';
import { countCsvRows, validateDeskDay } from './desk-day-values';

const t = (key: string, params?: Record<string, string | number>) => translate('id', MPP, key, params);

describe('one desk-day entry', () => {
  it('turns typed numbers into the mutation input, complaints defaulting to 0', () => {
    expect(validateDeskDay({ deskId: 'desk-7', date: '2026-11-20', visitors: '42', complaints: '' }, '2026-11-23', t)).toEqual({
      input: { deskId: 'desk-7', date: '2026-11-20', visitors: 42, complaints: 0 },
    });
  });

  it('refuses a day in the future, a missing desk and a number that is not whole', () => {
    expect(validateDeskDay({ deskId: '', date: '2026-11-24', visitors: '4,5', complaints: '0' }, '2026-11-23', t)).toEqual({
      errors: { deskId: 'Pilih gerai', date: 'Tanggal tidak boleh di masa depan', visitors: 'Masukkan bilangan bulat, 0 atau lebih' },
    });
  });

  it('counts the data rows of a CSV for the progress message', () => {
    expect(countCsvRows('gerai,tanggal,pengunjung\n7,2026-11-20,42\n\n8,2026-11-20,10\n')).toBe(2);
    expect(countCsvRows('')).toBe(0);
  });
});
