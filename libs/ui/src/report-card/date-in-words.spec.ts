import { calendarDay, dateInWords, placeAndDate } from './date-in-words';

describe('dateInWords', () => {
  it.each([
    ['2026-12-07', 'id', '7 Desember 2026'],
    ['2026-12-07', 'en', '7 December 2026'],
    ['2026-01-01', 'id', '1 Januari 2026'],
    ['2026-02-28', 'id', '28 Februari 2026'],
    ['2024-02-29', 'id', '29 Februari 2024'],
    ['2026-03-15', 'id', '15 Maret 2026'],
    ['2026-05-09', 'id', '9 Mei 2026'],
    ['2026-06-30', 'id', '30 Juni 2026'],
    ['2026-07-17', 'id', '17 Juli 2026'],
    ['2026-08-17', 'id', '17 Agustus 2026'],
    ['2026-08-17', 'en', '17 August 2026'],
    ['2026-10-31', 'id', '31 Oktober 2026'],
    ['2026-11-10', 'id', '10 November 2026'],
  ] as const)('writes %s in %s as "%s"', (value, language, expected) => {
    expect(dateInWords(value, language)).toBe(expected);
  });

  it.each([
    // 23:30 UTC on 6 December is already 7 December in Jakarta (UTC+7).
    ['2026-12-06T23:30:00Z', 'Asia/Jakarta', '7 Desember 2026'],
    ['2026-12-06T16:59:59Z', 'Asia/Jakarta', '6 Desember 2026'],
    ['2026-12-31T17:00:00Z', 'Asia/Jakarta', '1 Januari 2027'],
    // Jayapura (WIT, UTC+9) turns the day two hours earlier than Jakarta.
    ['2026-12-06T15:30:00Z', 'Asia/Jayapura', '7 Desember 2026'],
    ['2026-12-06T15:30:00Z', 'Asia/Jakarta', '6 Desember 2026'],
  ] as const)('writes the moment %s in %s as the local day "%s"', (value, zone, expected) => {
    expect(dateInWords(value, 'id', zone)).toBe(expected);
  });

  it('accepts a Date as well as a string', () => {
    expect(dateInWords(new Date('2026-12-07T03:00:00Z'), 'en')).toBe('7 December 2026');
  });

  it('refuses something that is not a date instead of printing "NaN"', () => {
    expect(() => dateInWords('kemarin', 'id')).toThrow(RangeError);
  });

  it('keeps a bare date as the calendar day whatever the zone', () => {
    expect(calendarDay('2026-12-07', 'Pacific/Honolulu')).toEqual({ year: 2026, month: 12, day: 7 });
  });
});

describe('placeAndDate', () => {
  it.each([
    ['Banjarmasin', 'id', 'Banjarmasin, 7 Desember 2026'],
    ['  Jakarta ', 'en', 'Jakarta, 7 December 2026'],
    ['', 'id', '7 Desember 2026'],
  ] as const)('writes "%s" (%s) as "%s"', (place, language, expected) => {
    expect(placeAndDate(place, '2026-12-07', language)).toBe(expected);
  });
});
