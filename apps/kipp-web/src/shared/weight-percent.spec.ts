import { weightPercent } from './weight-percent';

describe('weightPercent', () => {
  it('a fractional rubric weight shows as its percentage, not NaN', () => {
    expect(weightPercent('100/6')).toBeCloseTo(16.6667, 4);
  });

  it('decimal weights read as they are', () => {
    expect(weightPercent('25')).toBe(25);
    expect(weightPercent(' 12.5 ')).toBe(12.5);
  });

  it('a weight that is not a number or fraction has no percentage', () => {
    expect(weightPercent('lima')).toBeNull();
    expect(weightPercent('1/0')).toBeNull();
  });
});
