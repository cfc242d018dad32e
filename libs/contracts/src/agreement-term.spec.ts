import { addYears, latestAgreementEnd } from './agreement-term';

describe('a PKS term', () => {
  it.each([
    ['2026-06-01', 10, '2036-06-01'],
    ['2024-02-29', 10, '2034-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2026-12-31', 1, '2027-12-31'],
  ])('%s plus %i years is %s', (from, years, expected) => {
    expect(addYears(from, years)).toBe(expected);
  });

  it('ends at the latest ten years after it starts', () => {
    expect(latestAgreementEnd('2026-06-01')).toBe('2036-06-01');
  });
});
