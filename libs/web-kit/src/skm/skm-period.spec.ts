import { formatSkmHeadlineGap, formatSkmPeriod } from './skm-period';

describe('SKM periods and headline gaps in the page language', () => {
  it('names a period from its kind, year and number in Bahasa Indonesia and English', () => {
    expect(formatSkmPeriod({ periodKind: 'QUARTER', year: 2026, number: 4 }, 'id')).toBe('Triwulan IV 2026');
    expect(formatSkmPeriod({ periodKind: 'QUARTER', year: 2026, number: 4 }, 'en')).toBe('Q4 2026');
    expect(formatSkmPeriod({ periodKind: 'HALF_YEAR', year: 2026, number: 2 }, 'id')).toBe('Semester II 2026');
    expect(formatSkmPeriod({ periodKind: 'HALF_YEAR', year: 2026, number: 2 }, 'en')).toBe('Second half of 2026');
    expect(formatSkmPeriod({ periodKind: 'YEAR', year: 2025, number: 1 }, 'id')).toBe('Tahun 2025');
    expect(formatSkmPeriod({ periodKind: 'YEAR', year: 2025, number: 1 }, 'en')).toBe('Year 2025');
  });

  it('says why there is no headline IKM in words, never the code', () => {
    expect(formatSkmHeadlineGap('SAMPLE_TOO_SMALL', 'id')).toMatch(/sampel minimal/);
    expect(formatSkmHeadlineGap('SAMPLE_TOO_SMALL', 'en')).toMatch(/minimum sample/);
    expect(formatSkmHeadlineGap('PENDING_REVIEW', 'en')).not.toMatch(/[A-Z]{2,}_/);
  });
});
